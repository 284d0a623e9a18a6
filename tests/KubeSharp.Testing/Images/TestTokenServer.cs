using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KubeSharp.Testing.Images;

/// <summary>
/// A minimal registry token server (distribution docs/spec/auth/token.md) on 127.0.0.1: answers
/// <c>GET /token?service=…&amp;scope=…</c> for clients presenting the right basic credentials with an RS256 JWT
/// whose <c>x5c</c> header carries the certificate the registry trusts (its <c>rootcertbundle</c>). POST (the
/// OAuth2 form) is answered 405 so clients exercise the GET fall-back, as with the classic Docker token servers.
/// </summary>
public sealed class TestTokenServer : IAsyncDisposable
{
    public const string Service = "kubesharp-test-registry";
    public const string Issuer = "kubesharp-test-issuer";

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly RSA _key;
    private readonly X509Certificate2 _certificate;
    private readonly string _username;
    private readonly string _password;
    private readonly Task _serving;
    private int _issued;

    public TestTokenServer(string certificatePemPath, string username, string password)
    {
        _username = username;
        _password = password;
        _key = RSA.Create(2048);
        var request = new CertificateRequest("CN=kubesharp test token issuer", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllText(certificatePemPath, _certificate.ExportCertificatePem());
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Realm = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/token";
        _serving = ServeAsync();
    }

    /// <summary>The URL the registry puts in its <c>WWW-Authenticate</c> challenge.</summary>
    public string Realm { get; }

    /// <summary>How many tokens were handed out (a test can check that the token path was really used).</summary>
    public int TokensIssued => Volatile.Read(ref _issued);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        _key.Dispose();
        _certificate.Dispose();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var header = await ReadHeaderAsync(stream);
            if (header is null)
            {
                return;
            }

            var lines = header.Split("\r\n");
            var requestLine = lines[0].Split(' ');
            var headers = lines.Skip(1).Where(l => l.Contains(':')).ToDictionary(
                l => l[..l.IndexOf(':')].Trim(), l => l[(l.IndexOf(':') + 1)..].Trim(), StringComparer.OrdinalIgnoreCase);
            if (requestLine[0] != "GET")
            {
                await RespondAsync(stream, 405, "Method Not Allowed", "{}");
                return;
            }

            if (!headers.TryGetValue("Authorization", out var authorization) || authorization != BasicValue())
            {
                await RespondAsync(stream, 401, "Unauthorized", """{"details":"incorrect username or password"}""");
                return;
            }

            var query = requestLine[1].Contains('?') ? requestLine[1][(requestLine[1].IndexOf('?') + 1)..] : "";
            var scopes = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2))
                .Where(p => p[0] == "scope" && p.Length == 2)
                .Select(p => Uri.UnescapeDataString(p[1].Replace('+', ' ')))
                .ToList();
            var token = Sign(scopes);
            Interlocked.Increment(ref _issued);
            var body = new JsonObject { ["token"] = token, ["access_token"] = token, ["expires_in"] = 300, ["issued_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) };
            await RespondAsync(stream, 200, "OK", body.ToJsonString());
        }
    }

    private string BasicValue() => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_username}:{_password}"));

    private string Sign(IEnumerable<string> scopes)
    {
        var access = new JsonArray();
        foreach (var scope in scopes.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            // type:name:action[,action]; the name may itself contain colons (a registry host with a port).
            var first = scope.IndexOf(':');
            var last = scope.LastIndexOf(':');
            if (first < 0 || last == first)
            {
                continue;
            }

            access.Add(new JsonObject
            {
                ["type"] = scope[..first],
                ["name"] = scope[(first + 1)..last],
                ["actions"] = new JsonArray([.. scope[(last + 1)..].Split(',').Select(a => JsonValue.Create(a))]),
            });
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new JsonObject
        {
            ["typ"] = "JWT",
            ["alg"] = "RS256",
            ["x5c"] = new JsonArray(Convert.ToBase64String(_certificate.RawData)),
        };
        var claims = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = _username,
            ["aud"] = Service,
            ["exp"] = now + 300,
            ["nbf"] = now - 60,
            ["iat"] = now,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["access"] = access,
        };
        var signingInput = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<string?> ReadHeaderAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 65536)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            buffer.Add(one[0]);
            if (buffer.Count >= 4 && buffer[^1] == '\n' && buffer[^2] == '\r' && buffer[^3] == '\n' && buffer[^4] == '\r')
            {
                return Encoding.ASCII.GetString([.. buffer]);
            }
        }

        return null;
    }

    private static async Task RespondAsync(NetworkStream stream, int status, string reason, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
    }
}
