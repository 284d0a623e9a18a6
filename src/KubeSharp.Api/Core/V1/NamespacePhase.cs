namespace KubeSharp.Api.Core.V1;

/// <summary>Phases of a namespace.</summary>
public static class NamespacePhase
{
    public const string Active = "Active";
    public const string Terminating = "Terminating";

    /// <summary>The cause type of a Status rejecting a change in a terminating namespace.</summary>
    public const string TerminatingCause = "NamespaceTerminating";
}
