namespace KubeSharp.Api.Core.V1;

/// <summary>Where a container's termination message comes from.</summary>
public static class TerminationMessagePolicy
{
    /// <summary>The file at terminationMessagePath (the default).</summary>
    public const string File = "File";

    /// <summary>The end of the log when the file is empty and the container failed.</summary>
    public const string FallbackToLogsOnError = "FallbackToLogsOnError";
}
