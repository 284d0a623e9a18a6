// The kubelet (and its simulated nodes) is Linux-only, as the runtime it drives.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
