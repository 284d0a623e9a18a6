namespace KubeSharp.Api;

/// <summary>Versions the binary reports: its own, and the Kubernetes API level it serves at /version.</summary>
public static class BuildInfo
{
    public const string KubeSharpVersion = "0.1.0";

    /// <summary>kubectl picks its client version from the server's gitVersion, so this must stay a v1.33.x.</summary>
    public const string KubernetesGitVersion = "v1.33.1+kubesharp";

    public const string KubernetesMajor = "1";

    public const string KubernetesMinor = "33";
}
