namespace KubeSharp.Runtime.Oci;

/// <summary>The parts of <c>runc state</c> the runtime uses: <c>created|running|paused|stopped</c> and the init PID.</summary>
internal sealed record RuncState(string Status, int Pid);
