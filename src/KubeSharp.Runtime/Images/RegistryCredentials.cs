using System.Text;

namespace KubeSharp.Runtime.Images;

/// <summary>Resolved credentials for a registry: a username and password, or an OAuth identity (refresh) token.</summary>
internal sealed record RegistryCredentials(string Username, string Secret, bool IsIdentityToken)
{
    /// <summary>
    /// As containerd's CRI <c>ParseAuth</c>: ignored when <c>server_address</c> names another host; then
    /// username/password, else the identity token, else the base64 <c>auth</c> split at the first colon.
    /// </summary>
    public static RegistryCredentials? From(AuthConfig? auth, string host)
    {
        if (auth is null)
        {
            return null;
        }

        if (auth.ServerAddress.Length > 0 && !string.Equals(HostOf(auth.ServerAddress), host, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (auth.Username.Length > 0)
        {
            return new RegistryCredentials(auth.Username, auth.Password, false);
        }

        if (auth.IdentityToken.Length > 0)
        {
            return new RegistryCredentials("", auth.IdentityToken, true);
        }

        return FromAuthString(auth.Auth);
    }

    public static RegistryCredentials? From(RegistryHostConfig? config)
    {
        if (config is null)
        {
            return null;
        }

        if (config.Username.Length > 0)
        {
            return new RegistryCredentials(config.Username, config.Password, false);
        }

        return config.IdentityToken.Length > 0 ? new RegistryCredentials("", config.IdentityToken, true) : FromAuthString(config.Auth);
    }

    public override string ToString() => $"RegistryCredentials {{ Username = {Username} }}";

    private static RegistryCredentials? FromAuthString(string auth)
    {
        if (auth.Length == 0)
        {
            return null;
        }

        string decoded;
        try
        {
            var padded = auth.PadRight(auth.Length + ((4 - (auth.Length % 4)) % 4), '=');
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
        }
        catch (FormatException)
        {
            throw RuntimeException.InvalidArgument("registry auth is not valid base64");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? throw RuntimeException.InvalidArgument("registry auth must be base64 of user:password")
            : new RegistryCredentials(decoded[..colon], decoded[(colon + 1)..], false);
    }

    // Strips a scheme and a path: "https://index.docker.io/v1/" -> "index.docker.io".
    private static string HostOf(string serverAddress)
    {
        var value = serverAddress;
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            value = value[(scheme + 3)..];
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? value[..slash] : value;
    }
}
