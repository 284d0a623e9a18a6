namespace KubeSharp.Api.Core.V1;

/// <summary>Query parameters and stream headers of exec, attach and port-forward.</summary>
public static class RemoteCommandParams
{
    public const string ExecStdin = "input";
    public const string ExecStdout = "output";
    public const string ExecStderr = "error";
    public const string ExecTTY = "tty";
    public const string ExecCommand = "command";
    public const string StreamType = "streamType";
    public const string StreamTypeStdin = "stdin";
    public const string StreamTypeStdout = "stdout";
    public const string StreamTypeStderr = "stderr";
    public const string StreamTypeData = "data";
    public const string StreamTypeError = "error";
    public const string StreamTypeResize = "resize";
    public const string PortHeader = "port";
    public const string PortForwardRequestIDHeader = "requestID";
}
