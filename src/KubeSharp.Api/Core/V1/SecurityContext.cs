namespace KubeSharp.Api.Core.V1;

/// <summary>Security settings of a container; they override the pod's securityContext.</summary>
public sealed class SecurityContext : KubeModel
{
    public Capabilities? Capabilities { get; set; }

    public bool? Privileged { get; set; }

    public SELinuxOptions? SELinuxOptions { get; set; }

    public WindowsSecurityContextOptions? WindowsOptions { get; set; }

    public long? RunAsUser { get; set; }

    public long? RunAsGroup { get; set; }

    public bool? RunAsNonRoot { get; set; }

    public bool? ReadOnlyRootFilesystem { get; set; }

    /// <summary>Whether no_new_privs is left unset; always true for privileged or CAP_SYS_ADMIN containers.</summary>
    public bool? AllowPrivilegeEscalation { get; set; }

    /// <summary>One of <see cref="ProcMountType"/>.</summary>
    public string? ProcMount { get; set; }

    public SeccompProfile? SeccompProfile { get; set; }

    public AppArmorProfile? AppArmorProfile { get; set; }
}
