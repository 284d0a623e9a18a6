namespace KubeSharp.Api.Core.V1;

/// <summary>Windows-specific security settings.</summary>
public sealed class WindowsSecurityContextOptions : KubeModel
{
    public string? GMSACredentialSpecName { get; set; }

    public string? GMSACredentialSpec { get; set; }

    public string? RunAsUserName { get; set; }

    public bool? HostProcess { get; set; }
}
