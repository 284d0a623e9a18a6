namespace KubeSharp.Runtime;

/// <summary>
/// CRI <c>AuthConfig</c>: credentials for one registry, as the kubelet takes them from an image pull secret.
/// Used as containerd's <c>ParseAuth</c> does: username/password, else the identity token, else
/// <see cref="Auth"/> (base64 of <c>user:password</c>); ignored when <see cref="ServerAddress"/> names another host.
/// </summary>
public sealed record AuthConfig
{
    public string Username { get; init; } = "";

    public string Password { get; init; } = "";

    public string Auth { get; init; } = "";

    public string ServerAddress { get; init; } = "";

    public string IdentityToken { get; init; } = "";

    public string RegistryToken { get; init; } = "";

    public override string ToString() => $"AuthConfig {{ ServerAddress = {ServerAddress}, Username = {Username} }}";
}
