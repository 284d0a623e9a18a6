using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KubeSharp.Runtime.Internal;
using Microsoft.Extensions.Logging;

namespace KubeSharp.Runtime.Images;

/// <summary>
/// An OCI distribution (registry API v2) client for pulling: manifests by tag or digest, blobs, and the
/// authentication dance registries ask for. A 401 with <c>Basic</c> gets HTTP basic credentials; with
/// <c>Bearer</c> a token is fetched from the realm (distribution docs/spec/auth/token.md) the way containerd
/// does it (core/remotes/docker/auth/fetch.go): with a secret, an OAuth2 POST first and the GET form as the
/// fallback; without, an anonymous GET. Tokens are cached per endpoint and scope until they expire.
/// </summary>
internal sealed partial class RegistryClient : IDisposable
{
    // containerd refuses manifests above 4*1048*1048 bytes (core/remotes/docker/resolver.go).
    public const int MaxManifestBytes = 4 * 1048 * 1048;

    private readonly RegistriesConfig _config;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpClient _verifying;
    private readonly HttpClient _insecure;
    private readonly ConcurrentDictionary<string, CachedAuthorization> _authorizations = new();

    public RegistryClient(RegistriesConfig config, TimeProvider time, ILogger logger)
    {
        _config = config;
        _time = time;
        _logger = logger;
        _verifying = new HttpClient(NewHandler(false)) { Timeout = Timeout.InfiniteTimeSpan };
        _insecure = new HttpClient(NewHandler(true)) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// Where to look for <paramref name="domain"/>'s content, in order: configured mirrors (the host's, then
    /// <c>*</c>), then the registry itself. Loopback registries are plain HTTP (containerd's legacy CRI default).
    /// </summary>
    public IReadOnlyList<RegistryEndpoint> EndpointsFor(string domain)
    {
        var endpoints = new List<RegistryEndpoint>();
        foreach (var key in new[] { domain, "*" })
        {
            if (_config.Mirrors.TryGetValue(key, out var mirror))
            {
                foreach (var endpoint in mirror.Endpoints)
                {
                    var uri = new Uri(endpoint.Contains("://", StringComparison.Ordinal) ? endpoint : "https://" + endpoint);
                    endpoints.Add(new RegistryEndpoint(new Uri(uri.GetLeftPart(UriPartial.Authority)), SkipVerify(uri), true));
                }
            }
        }

        var registry = domain == ImageReference.DockerHubDomain
            ? new Uri("https://registry-1.docker.io")
            : new Uri((IsLocal(domain) ? "http://" : "https://") + domain);
        var self = new RegistryEndpoint(registry, SkipVerify(registry), false);
        if (!endpoints.Contains(self))
        {
            endpoints.Add(self);
        }

        return endpoints;
    }

    /// <summary>Credentials for an endpoint: the pull's own (when they apply to the host), else the configured ones.</summary>
    public RegistryCredentials? CredentialsFor(RegistryEndpoint endpoint, string registryDomain, AuthConfig? auth) =>
        RegistryCredentials.From(auth, endpoint.IsMirror ? endpoint.Host : registryDomain)
        ?? RegistryCredentials.From(_config.Configs.GetValueOrDefault(endpoint.Host));

    public async Task<ManifestResponse> GetManifestAsync(
        RegistryEndpoint endpoint, string repository, string reference, RegistryCredentials? credentials, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            endpoint,
            repository,
            credentials,
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, endpoint.Api($"{repository}/manifests/{reference}"));
                foreach (var type in MediaTypes.ManifestAccept)
                {
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
                }

                return request;
            },
            cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, $"manifest {repository}:{reference}", cancellationToken).ConfigureAwait(false);

        if (response.Content.Headers.ContentLength > MaxManifestBytes)
        {
            throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"manifest {repository}:{reference} is larger than {MaxManifestBytes} bytes");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length > MaxManifestBytes)
        {
            throw new RuntimeException(RuntimeErrorCode.InvalidArgument, $"manifest {repository}:{reference} is larger than {MaxManifestBytes} bytes");
        }

        var digest = Digests.Sha256(body);
        if (response.Headers.TryGetValues("Docker-Content-Digest", out var served)
            && served.FirstOrDefault() is { } servedDigest
            && servedDigest.StartsWith(Digests.Sha256Prefix, StringComparison.Ordinal)
            && servedDigest != digest)
        {
            throw new RuntimeException(RuntimeErrorCode.Unknown, $"manifest {repository}:{reference}: Docker-Content-Digest {servedDigest} does not match the content ({digest})");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        return new ManifestResponse(body, mediaType, digest);
    }

    /// <summary>Opens a blob; the caller verifies size and digest while reading (the content store does).</summary>
    public async Task<HttpResponseMessage> GetBlobAsync(
        RegistryEndpoint endpoint, string repository, string digest, RegistryCredentials? credentials, CancellationToken cancellationToken)
    {
        var response = await SendAsync(
            endpoint,
            repository,
            credentials,
            () => new HttpRequestMessage(HttpMethod.Get, endpoint.Api($"{repository}/blobs/{digest}")),
            cancellationToken,
            HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        try
        {
            await EnsureSuccessAsync(response, $"blob {repository}@{digest}", cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _verifying.Dispose();
        _insecure.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync(
        RegistryEndpoint endpoint,
        string repository,
        RegistryCredentials? credentials,
        Func<HttpRequestMessage> newRequest,
        CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var client = endpoint.InsecureSkipVerify ? _insecure : _verifying;
        var cacheKey = $"{endpoint.Host}|{repository}|{credentials?.Username}";
        for (var attempt = 0; ; attempt++)
        {
            using var request = newRequest();
            if (_authorizations.TryGetValue(cacheKey, out var cached) && cached.ExpiresAt > _time.GetUtcNow())
            {
                request.Headers.Authorization = cached.Header;
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new RuntimeException(RuntimeErrorCode.Unavailable, $"registry {endpoint.Host} is unreachable: {e.Message}", e);
            }

            if (response.StatusCode != HttpStatusCode.Unauthorized || attempt > 0)
            {
                return response;
            }

            var challenges = AuthChallenge.Parse(response.Headers.WwwAuthenticate.Select(h => h.ToString()));
            response.Dispose();
            var authorization = await AuthorizeAsync(endpoint, repository, challenges, credentials, cancellationToken).ConfigureAwait(false);
            _authorizations[cacheKey] = authorization;
        }
    }

    private async Task<CachedAuthorization> AuthorizeAsync(
        RegistryEndpoint endpoint, string repository, IReadOnlyList<AuthChallenge> challenges, RegistryCredentials? credentials, CancellationToken cancellationToken)
    {
        var bearer = challenges.FirstOrDefault(c => c.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase));
        if (bearer is not null)
        {
            return await FetchTokenAsync(endpoint, repository, bearer, credentials, cancellationToken).ConfigureAwait(false);
        }

        if (challenges.Any(c => c.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)))
        {
            if (credentials is null || credentials.IsIdentityToken)
            {
                throw new RuntimeException(RuntimeErrorCode.Unauthenticated, $"registry {endpoint.Host} requires basic authentication and no credentials were given");
            }

            return new CachedAuthorization(BasicHeader(credentials), DateTimeOffset.MaxValue);
        }

        throw new RuntimeException(RuntimeErrorCode.Unauthenticated, $"registry {endpoint.Host} answered 401 without a usable challenge");
    }

    private async Task<CachedAuthorization> FetchTokenAsync(
        RegistryEndpoint endpoint, string repository, AuthChallenge challenge, RegistryCredentials? credentials, CancellationToken cancellationToken)
    {
        if (challenge.Parameter("realm") is not { } realm || !Uri.TryCreate(realm, UriKind.Absolute, out var realmUri)
            || realmUri.Scheme is not ("http" or "https"))
        {
            throw new RuntimeException(RuntimeErrorCode.Unauthenticated, $"registry {endpoint.Host}: bearer challenge without a valid realm");
        }

        var service = challenge.Parameter("service") ?? "";
        var scope = challenge.Parameter("scope") ?? $"repository:{repository}:pull";
        var client = endpoint.InsecureSkipVerify ? _insecure : _verifying;
        var issued = _time.GetUtcNow();

        HttpResponseMessage? response = null;
        try
        {
            if (credentials is not null)
            {
                var form = new Dictionary<string, string>
                {
                    ["scope"] = scope,
                    ["service"] = service,
                    ["client_id"] = "kubesharp",
                };
                if (credentials.IsIdentityToken)
                {
                    form["grant_type"] = "refresh_token";
                    form["refresh_token"] = credentials.Secret;
                }
                else
                {
                    form["grant_type"] = "password";
                    form["username"] = credentials.Username;
                    form["password"] = credentials.Secret;
                }

                using var post = new HttpRequestMessage(HttpMethod.Post, realmUri) { Content = new FormUrlEncodedContent(form) };
                response = await client.SendAsync(post, cancellationToken).ConfigureAwait(false);

                // containerd falls back to the GET form when the OAuth2 POST is not supported.
                if (!response.IsSuccessStatusCode && !credentials.IsIdentityToken
                    && response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed)
                {
                    response.Dispose();
                    response = null;
                }
            }

            if (response is null)
            {
                var query = $"service={Uri.EscapeDataString(service)}&scope={Uri.EscapeDataString(scope)}";
                var builder = new UriBuilder(realmUri) { Query = string.IsNullOrEmpty(realmUri.Query) ? query : realmUri.Query.TrimStart('?') + "&" + query };
                using var get = new HttpRequestMessage(HttpMethod.Get, builder.Uri);
                if (credentials is { IsIdentityToken: false })
                {
                    get.Headers.Authorization = BasicHeader(credentials);
                }

                response = await client.SendAsync(get, cancellationToken).ConfigureAwait(false);
            }

            if (!response.IsSuccessStatusCode)
            {
                var code = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    ? RuntimeErrorCode.Unauthenticated
                    : RuntimeErrorCode.Unavailable;
                throw new RuntimeException(code, $"token server {realmUri.Host} refused {scope}: {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var token = JsonSerializer.Deserialize(body, RuntimeJsonContext.Default.TokenResponse);
            var value = token?.AccessToken is { Length: > 0 } access ? access : token?.Token;
            if (string.IsNullOrEmpty(value))
            {
                throw new RuntimeException(RuntimeErrorCode.Unauthenticated, $"token server {realmUri.Host} answered without a token");
            }

            var lifetime = TimeSpan.FromSeconds(token!.ExpiresIn > 0 ? token.ExpiresIn : 60);
            LogTokenFetched(_logger, endpoint.Host, scope);
            return new CachedAuthorization(new AuthenticationHeaderValue("Bearer", value), issued + lifetime - TimeSpan.FromSeconds(5));
        }
        catch (HttpRequestException e)
        {
            throw new RuntimeException(RuntimeErrorCode.Unavailable, $"token server {realmUri.Host} is unreachable: {e.Message}", e);
        }
        finally
        {
            response?.Dispose();
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var detail = "";
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var errors = JsonSerializer.Deserialize(body, RuntimeJsonContext.Default.RegistryErrorResponse);
            if (errors?.Errors.Count > 0)
            {
                detail = ": " + string.Join("; ", errors.Errors.Select(e => $"{e.Code} {e.Message}"));
            }
        }
        catch (JsonException)
        {
        }

        var code = response.StatusCode switch
        {
            HttpStatusCode.NotFound => RuntimeErrorCode.NotFound,
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => RuntimeErrorCode.Unauthenticated,
            HttpStatusCode.TooManyRequests => RuntimeErrorCode.ResourceExhausted,
            _ => RuntimeErrorCode.Unavailable,
        };
        throw new RuntimeException(code, $"{what}: {(int)response.StatusCode} {response.ReasonPhrase}{detail}");
    }

    private static AuthenticationHeaderValue BasicHeader(RegistryCredentials credentials) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.Username}:{credentials.Secret}")));

    private bool SkipVerify(Uri endpoint)
    {
        var host = endpoint.IsDefaultPort ? endpoint.Host : $"{endpoint.Host}:{endpoint.Port}";
        return _config.Configs.TryGetValue(host, out var config) && config.InsecureSkipVerify;
    }

    /// <summary>containerd's <c>IsLocalhost</c>: <c>localhost</c> or a loopback IP, with or without a port.</summary>
    internal static bool IsLocal(string domain)
    {
        var host = domain;
        if (host.StartsWith('['))
        {
            var end = host.IndexOf(']', StringComparison.Ordinal);
            host = end > 0 ? host[1..end] : host;
        }
        else if (host.Count(c => c == ':') == 1)
        {
            host = host[..host.IndexOf(':', StringComparison.Ordinal)];
        }

        return host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static SocketsHttpHandler NewHandler(bool insecure)
    {
        var handler = new SocketsHttpHandler
        {
            // .NET drops the Authorization header on redirects, so a registry token never reaches a CDN host.
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(30),
        };
        if (insecure)
        {
            // Only for endpoints configured with insecure_skip_verify, as in k3s's registries.yaml.
#pragma warning disable CA5359
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        return handler;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetched a registry token for {Host} ({Scope})")]
    private static partial void LogTokenFetched(ILogger logger, string host, string scope);

    private sealed record CachedAuthorization(AuthenticationHeaderValue Header, DateTimeOffset ExpiresAt);
}
