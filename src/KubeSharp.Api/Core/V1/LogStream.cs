namespace KubeSharp.Api.Core.V1;

/// <summary>Values of <see cref="PodLogOptions.Stream"/> (feature PodLogsQuerySplitStreams).</summary>
public static class LogStream
{
    public const string Stdout = "Stdout";
    public const string Stderr = "Stderr";
    public const string All = "All";
}
