namespace KubeSharp.Api.Core.V1;

/// <summary>Defaults of pod fields that upstream keeps as package constants.</summary>
public static class PodDefaults
{
    public const long TerminationGracePeriodSeconds = 30;

    public const bool EnableServiceLinks = true;
}
