namespace KubeSharp.Runtime.Images;

/// <summary>Credentials and TLS settings for one registry endpoint (k3s registries.yaml <c>configs.&lt;host&gt;</c>).</summary>
public sealed record RegistryHostConfig
{
    public string Username { get; init; } = "";

    public string Password { get; init; } = "";

    /// <summary>base64 of <c>user:password</c>.</summary>
    public string Auth { get; init; } = "";

    public string IdentityToken { get; init; } = "";

    /// <summary>Skip TLS certificate verification for this endpoint.</summary>
    public bool InsecureSkipVerify { get; init; }

    public override string ToString() => $"RegistryHostConfig {{ Username = {Username}, InsecureSkipVerify = {InsecureSkipVerify} }}";
}
