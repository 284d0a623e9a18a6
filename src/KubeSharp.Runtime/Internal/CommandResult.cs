namespace KubeSharp.Runtime.Internal;

/// <summary>A finished helper command (runc, a CNI plugin): its exit code and output.</summary>
internal sealed record CommandResult(int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => System.Text.Encoding.UTF8.GetString(Stdout);
}
