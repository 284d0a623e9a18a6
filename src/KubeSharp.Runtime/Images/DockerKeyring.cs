using System.Text;
using System.Text.Json;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// Registry credentials from image pull secrets, matched to images as the kubelet's
/// <c>BasicDockerKeyring</c> does (pkg/credentialprovider/keyring.go): each entry's location loses its scheme
/// and a leading <c>/v1/</c> or <c>/v2/</c>, keys are tried most specific first (reverse-sorted), a key
/// matches an image when the host has as many dot-separated parts, each matching as a glob, the port is
/// equal and the image's path starts with the key's path. DockerHub credentials
/// (<c>index.docker.io</c>) are the fallback for images without a registry host.
/// </summary>
/// <remarks>
/// The kubelet builds one from the pod's <c>kubernetes.io/dockerconfigjson</c> (<c>{"auths": {…}}</c>) and
/// <c>kubernetes.io/dockercfg</c> (the bare map) secrets and tries each credential <see cref="Lookup"/>
/// returns, in order, as the <see cref="AuthConfig"/> of <see cref="IImageService.PullImageAsync"/>.
/// </remarks>
public sealed class DockerKeyring
{
    // The key "https://index.docker.io/v1/" becomes after normalisation (keyring.go's defaultRegistryHost).
    private const string DefaultRegistryHost = "index.docker.io";

    private readonly Dictionary<string, List<AuthConfig>> _credentials = new(StringComparer.Ordinal);
    private List<string> _index = [];

    /// <summary>Adds the entries of a <c>.dockerconfigjson</c> value: <c>{"auths": {"host": {…}}}</c>.</summary>
    public void AddDockerConfigJson(ReadOnlySpan<byte> json)
    {
        using var document = Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("auths", out var auths))
        {
            throw RuntimeException.InvalidArgument("a .dockerconfigjson must be an object with an \"auths\" map");
        }

        AddEntries(auths);
    }

    /// <summary>Adds the entries of a legacy <c>.dockercfg</c> value: the <c>{"host": {…}}</c> map itself.</summary>
    public void AddDockercfg(ReadOnlySpan<byte> json)
    {
        using var document = Parse(json);
        AddEntries(document.RootElement);
    }

    /// <summary>
    /// The credentials for <paramref name="image"/> (a reference without scheme, such as
    /// <c>registry.example.com:5000/team/app</c>), most specific key first; empty when none applies.
    /// </summary>
    public IReadOnlyList<AuthConfig> Lookup(string image)
    {
        var found = new List<AuthConfig>();
        var target = SchemelessUrl.Parse(image);
        foreach (var key in _index)
        {
            if (target is not null && SchemelessUrl.Parse(key) is { } glob && glob.Matches(target))
            {
                found.AddRange(_credentials[key]);
            }
        }

        if (found.Count == 0 && _credentials.TryGetValue(DefaultRegistryHost, out var hub) && IsDefaultRegistryMatch(image))
        {
            found.AddRange(hub);
        }

        return found;
    }

    // keyring.go isDefaultRegistryMatch: no registry part ("library/ubuntu"), or docker.io, or a first part
    // that is a user name rather than a host (no "." and no ":").
    private static bool IsDefaultRegistryMatch(string image)
    {
        var slash = image.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? image : image[..slash];
        return first.Length > 0 && (slash < 0 || first == "docker.io" || first.IndexOfAny(['.', ':']) < 0);
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonDocument.Parse(json.ToArray());
        }
        catch (JsonException e)
        {
            throw RuntimeException.InvalidArgument($"registry credentials are not valid JSON: {e.Message}");
        }
    }

    private static string String(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    // The docker client's ResolveAuthConfig accepts "host", "host/namespace", "https://host/v1/"; the
    // scheme and /v1/ or /v2/ carry no meaning for matching.
    private static string? KeyOf(string location)
    {
        // Parsed by hand rather than with Uri, which rejects the glob host labels ("*.example.com") upstream allows.
        var value = location;
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (value.StartsWith(scheme, StringComparison.Ordinal))
            {
                value = value[scheme.Length..];
                break;
            }
        }

        var end = value.IndexOfAny(['?', '#']);
        value = end < 0 ? value : value[..end];
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? value : value[..slash];
        var path = slash < 0 ? "" : value[slash..];
        if (host.Length == 0 || host.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        if (path.StartsWith("/v2/", StringComparison.Ordinal) || path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            path = path[3..];
        }

        return path.Length > 0 && path != "/" ? host + path : host;
    }

    // DockerConfigEntry.UnmarshalJSON: a non-empty "auth" (base64 of user:password) wins over username/password.
    private static AuthConfig Entry(string key, JsonElement entry)
    {
        var username = String(entry, "username");
        var password = String(entry, "password");
        var auth = String(entry, "auth");
        if (auth.Length > 0)
        {
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(auth));
            }
            catch (FormatException)
            {
                throw RuntimeException.InvalidArgument($"registry credentials for {key}: auth is not valid base64");
            }

            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw RuntimeException.InvalidArgument($"registry credentials for {key}: unable to parse auth field, must be formatted as base64(username:password)");
            }

            (username, password) = (decoded[..colon], decoded[(colon + 1)..]);
        }

        return new AuthConfig { Username = username, Password = password, ServerAddress = key };
    }

    private void AddEntries(JsonElement map)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            throw RuntimeException.InvalidArgument("registry credentials must map registry locations to entries");
        }

        foreach (var property in map.EnumerateObject())
        {
            // Upstream logs and skips a location it cannot parse; so do we.
            if (KeyOf(property.Name) is not { } key || property.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (!_credentials.TryGetValue(key, out var list))
            {
                _credentials[key] = list = [];
            }

            list.Add(Entry(key, property.Value));
        }

        // Reverse order puts "quay.io/coreos" before "quay.io": the most specific credentials first.
        _index = [.. _credentials.Keys.OrderDescending(StringComparer.Ordinal)];
    }

    /// <summary>A reference or key without scheme, split as keyring.go's splitURL: host parts, port, path.</summary>
    private sealed record SchemelessUrl(string[] HostParts, string Port, string Path)
    {
        public static SchemelessUrl? Parse(string value)
        {
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            var authority = slash < 0 ? value : value[..slash];
            var path = slash < 0 ? "" : value[slash..];
            if (authority.Length == 0)
            {
                return null;
            }

            var colon = authority.LastIndexOf(':');
            var (host, port) = colon > 0 && authority[(colon + 1)..].All(char.IsAsciiDigit)
                ? (authority[..colon], authority[(colon + 1)..])
                : (authority, "");
            return new SchemelessUrl(host.Split('.'), port, path);
        }

        public bool Matches(SchemelessUrl target) =>
            Port == target.Port
            && HostParts.Length == target.HostParts.Length
            && target.Path.StartsWith(Path, StringComparison.Ordinal)
            && HostParts.Zip(target.HostParts).All(p => GlobMatch(p.First, p.Second));

        // filepath.Match over one host label: '*' any run, '?' one character (a '?' in a location starts its
        // query when parsed, so in practice only '*' reaches here).
        private static bool GlobMatch(string pattern, string text)
        {
            if (pattern.Length == 0)
            {
                return text.Length == 0;
            }

            return pattern[0] switch
            {
                '*' => Enumerable.Range(0, text.Length + 1).Any(i => GlobMatch(pattern[1..], text[i..])),
                '?' => text.Length > 0 && GlobMatch(pattern[1..], text[1..]),
                _ => text.Length > 0 && pattern[0] == text[0] && GlobMatch(pattern[1..], text[1..]),
            };
        }
    }
}
