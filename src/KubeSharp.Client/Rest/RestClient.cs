using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KubeSharp.Api;
using KubeSharp.Api.Meta.V1;
using KubeSharp.Api.Serialization;
using KubeSharp.Client.Config;
using KubeSharp.Client.Flowcontrol;
using KubeSharp.Machinery.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KubeSharp.Client.Rest;

/// <summary>
/// Sends requests to the API server as client-go's <c>rest.RESTClient</c> does: every request waits for the
/// client-side token bucket (QPS/burst); a 429 or 5xx answer that carries <c>Retry-After</c> is retried after that
/// many seconds (up to <see cref="ClientConfig.MaxRetries"/> times); a 429 without it, and a 502/503/504 to a read,
/// back off exponentially; a connection broken under a read is retried. Any other failure becomes an
/// <see cref="ApiException"/> carrying the server's Status, or one built from the HTTP answer when there is none.
/// </summary>
public sealed partial class RestClient : IDisposable
{
    private static readonly TimeSpan RetryBackoffBase = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan RetryBackoffMax = TimeSpan.FromSeconds(8);

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly BearerTokenSource _token;
    private readonly string? _basicAuth;

    public RestClient(ClientConfig config, TimeProvider? time = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        RateLimiter = config.Qps > 0 ? new TokenBucketRateLimiter(config.Qps, Math.Max(1, config.Burst), _time) : null;
        _token = new BearerTokenSource(config.BearerToken, config.BearerTokenFile, _time);
        if (config.Username is not null)
        {
            _basicAuth = Convert.ToBase64String(Encoding.UTF8.GetBytes(config.Username + ":" + (config.Password ?? "")));
        }

        _http = new HttpClient(config.Transport ?? HttpTransport.Create(config), disposeHandler: config.Transport is null)
        {
            BaseAddress = config.Host,
            Timeout = Timeout.InfiniteTimeSpan,
        };

        // HTTP/2 when TLS lets the server offer it (ALPN); cleartext stays on HTTP/1.1, as Go's transport.
        if (config.Host.Scheme == Uri.UriSchemeHttps)
        {
            _http.DefaultRequestVersion = HttpVersion.Version20;
            _http.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
        }

        UserAgent = config.UserAgent ?? DefaultUserAgent();
    }

    public ClientConfig Config { get; }

    /// <summary>The client-side limiter every request waits for; null when QPS is 0.</summary>
    public TokenBucketRateLimiter? RateLimiter { get; }

    public string UserAgent { get; }

    /// <summary>Upstream's form: <c>kubesharp/0.1.0 (linux/amd64) kubernetes/v1.33.1</c>.</summary>
    public static string DefaultUserAgent()
    {
        var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "amd64",
            System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
            var other => other.ToString().ToLowerInvariant(),
        };
        return $"kubesharp/{BuildInfo.KubeSharpVersion} (linux/{arch}) kubernetes/{BuildInfo.KubernetesGitVersion}";
    }

    /// <summary>
    /// Sends the request, retrying as the server asks, and returns the successful response (the caller disposes it).
    /// Throws <see cref="ApiException"/> for an error answer.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(RestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var isRead = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head;
        for (var attempt = 0; ; attempt++)
        {
            if (RateLimiter is { } limiter)
            {
                await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            using var timeout = !request.Watch && Config.Timeout > TimeSpan.Zero
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
                : null;
            timeout?.CancelAfter(Config.Timeout);
            using var message = Build(request);
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout?.Token ?? cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException error) when (isRead && attempt < Config.MaxRetries && IsBrokenConnection(error))
            {
                var wait = Backoff(attempt);
                LogRetry(request.Method.Method, request.PathAndQuery, error.Message, wait.TotalSeconds);
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw ApiErrors.Timeout($"the client timed out waiting for {request.Method} {request.PathAndQuery}", 0);
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            if (attempt < Config.MaxRetries && RetryDelay(response, isRead, attempt) is { } delay)
            {
                LogRetryStatus(request.Method.Method, request.PathAndQuery, (int)response.StatusCode, delay.TotalSeconds);
                response.Dispose();
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                throw await ToApiExceptionAsync(response, request, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends the request and decodes the body as <typeparamref name="T"/> (a type of the API's JSON context).</summary>
    public Task<T> SendAsync<T>(RestRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, KubeJson.TypeInfo<T>(), cancellationToken);

    /// <summary>Sends the request and decodes the body with <paramref name="typeInfo"/>.</summary>
    public async Task<T> SendAsync<T>(RestRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo) ?? throw new ApiException(InvalidResponse(request, "empty body"));
        }
        catch (JsonException error)
        {
            throw new ApiException(InvalidResponse(request, error.Message));
        }
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage Build(RestRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.PathAndQuery);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        message.Headers.UserAgent.ParseAdd(UserAgent);
        if (_token.Token is { Length: > 0 } token)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (_basicAuth is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", _basicAuth);
        }

        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(request.ContentType);
        }

        return message;
    }

    /// <summary>
    /// How long to wait before retrying, or null to fail now. Retry-After on a 429/5xx is obeyed as client-go's
    /// checkWait does; without it, a 429 (the server did nothing) and a 502/503/504 to a read back off.
    /// </summary>
    private static TimeSpan? RetryDelay(HttpResponseMessage response, bool isRead, int attempt)
    {
        var code = (int)response.StatusCode;
        var retriable = code == 429 || code is >= 500 and <= 599;
        if (!retriable)
        {
            return null;
        }

        if (RetryAfter(response) is { } after)
        {
            return after;
        }

        if (code == 429 || (isRead && code is 502 or 503 or 504))
        {
            return Backoff(attempt);
        }

        return null;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        // client-go reads whole seconds only; a date we honour too, measured from the response's own Date.
        if (header?.Date is { } date && response.Headers.Date is { } now)
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static TimeSpan Backoff(int attempt)
    {
        var ticks = RetryBackoffBase.Ticks * Math.Pow(2, Math.Min(attempt, 16));
        return ticks >= RetryBackoffMax.Ticks ? RetryBackoffMax : TimeSpan.FromTicks((long)ticks);
    }

    private static bool IsBrokenConnection(HttpRequestException error) =>
        error.HttpRequestError is HttpRequestError.ResponseEnded or HttpRequestError.ConnectionError or HttpRequestError.HttpProtocolError;

    private static async Task<ApiException> ToApiExceptionAsync(HttpResponseMessage response, RestRequest request, CancellationToken cancellationToken)
    {
        var code = (int)response.StatusCode;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (TryDecodeStatus(body) is { } status)
        {
            status.Code ??= code;
            return new ApiException(status);
        }

        var retryAfter = RetryAfter(response) is { } after ? (int)Math.Ceiling(after.TotalSeconds) : 0;
        var text = Encoding.UTF8.GetString(body).Trim();
        return ApiErrors.GenericServerResponse(code, request.Verb.Length > 0 ? request.Verb : request.Method.Method, request.Group, request.Resource, request.Name, text, retryAfter, isUnexpectedResponse: true);
    }

    /// <summary>The body as a meta/v1 Status, if it is one (kind Status); upstream decodes errors the same way.</summary>
    internal static Status? TryDecodeStatus(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body[0] != (byte)'{')
        {
            return null;
        }

        try
        {
            var status = KubeJson.Deserialize<Status>(body);
            return status is { Kind: "Status" } ? status : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Status InvalidResponse(RestRequest request, string detail) => new()
    {
        Kind = "Status",
        ApiVersion = "v1",
        Result = Status.Failure,
        Code = 500,
        Reason = StatusReason.InternalError,
        Message = $"unable to decode the response to {request.Method} {request.PathAndQuery}: {detail}",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrying {Method} {Path} after HTTP {Code} in {Seconds}s")]
    private partial void LogRetryStatus(string method, string path, int code, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrying {Method} {Path} after {Reason} in {Seconds}s")]
    private partial void LogRetry(string method, string path, string reason, double seconds);
}
