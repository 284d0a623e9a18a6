namespace KubeSharp.Client.Rest;

/// <summary>
/// The bearer token to send: a static one, or the content of a token file re-read at most once a minute, so a
/// rotated service-account token is picked up (as client-go's cachingTokenSource).
/// </summary>
internal sealed class BearerTokenSource(string? token, string? tokenFile, TimeProvider time)
{
    private static readonly TimeSpan RereadAfter = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private string? _token = token;
    private long _readAt = time.GetTimestamp();

    public string? Token
    {
        get
        {
            if (tokenFile is null)
            {
                return _token;
            }

            lock (_lock)
            {
                if (_token is null || time.GetElapsedTime(_readAt) > RereadAfter)
                {
                    try
                    {
                        _token = File.ReadAllText(tokenFile).Trim();
                        _readAt = time.GetTimestamp();
                    }
                    catch (IOException) when (_token is not null)
                    {
                        // Keep the last good token; the file is being rotated.
                    }
                }

                return _token;
            }
        }
    }
}
