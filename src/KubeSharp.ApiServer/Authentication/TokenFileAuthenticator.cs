using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Authentication;

/// <summary>
/// Static bearer tokens from a CSV file, upstream's <c>--token-auth-file</c> format: one record per line,
/// <c>token,user,uid[,"group1,group2"]</c>. As upstream's tokenfile package: at least three columns, records
/// with an empty token are skipped, a later duplicate replaces an earlier one.
/// </summary>
public sealed class TokenFileAuthenticator : IAuthenticator
{
    private readonly Dictionary<string, UserInfo> _tokens;

    public TokenFileAuthenticator(IReadOnlyDictionary<string, UserInfo> tokens)
    {
        _tokens = new Dictionary<string, UserInfo>(tokens, StringComparer.Ordinal);
    }

    /// <summary>Parses a token file; a malformed record is an error naming its line.</summary>
    public static TokenFileAuthenticator FromFile(string path) => new(Parse(File.ReadAllText(path), path));

    public static Dictionary<string, UserInfo> Parse(string contents, string path)
    {
        var tokens = new Dictionary<string, UserInfo>(StringComparer.Ordinal);
        var recordNumber = 0;
        foreach (var record in CsvRecords.Read(contents.TrimStart('\uFEFF')))
        {
            recordNumber++;
            if (record.Count < 3)
            {
                throw new FormatException(
                    $"token file '{path}' must have at least 3 columns (token, user name, user uid), found {record.Count}");
            }

            if (record[0].Length == 0)
            {
                continue;
            }

            var groups = record.Count >= 4 && record[3].Length > 0
                ? record[3].Split(',').Select(g => g.Trim()).Where(g => g.Length > 0).ToArray()
                : [];
            tokens[record[0]] = new UserInfo(record[1], record[2], groups);
        }

        return tokens;
    }

    public AuthenticationResult Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticationResult.NoCredentials;
        }

        // As upstream's bearertoken authenticator: "Bearer <token>", scheme case-insensitive; other schemes
        // (Basic) are not ours to judge.
        var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("bearer", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.NoCredentials;
        }

        var token = parts[1].Trim();
        if (token.Length == 0)
        {
            return AuthenticationResult.NoCredentials;
        }

        return Lookup(token) is { } user
            ? AuthenticationResult.Success(user)
            : AuthenticationResult.Failure("invalid bearer token");
    }

    private UserInfo? Lookup(string token)
    {
        // Compare in constant time so the response time does not leak how much of a token matched.
        var presented = Encoding.UTF8.GetBytes(token);
        UserInfo? found = null;
        foreach (var (candidate, user) in _tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(candidate)))
            {
                found = user;
            }
        }

        return found;
    }
}
