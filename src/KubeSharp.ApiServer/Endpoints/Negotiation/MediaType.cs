using System.Globalization;

namespace KubeSharp.ApiServer.Endpoints.Negotiation;

/// <summary>
/// One media range of an <c>Accept</c> or <c>Content-Type</c> header: <c>type/subtype</c> with parameters.
/// Kubernetes puts meaning in the parameters (<c>as=Table;g=meta.k8s.io;v=v1</c>,
/// <c>g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList</c>), so they are kept, case-insensitively keyed.
/// </summary>
public sealed record MediaType(string Type, string Subtype, IReadOnlyDictionary<string, string> Parameters, double Quality)
{
    public string Essence => Type + "/" + Subtype;

    public string? this[string parameter] => Parameters.TryGetValue(parameter, out var value) ? value : null;

    /// <summary>True for <c>*/*</c>, <c>type/*</c> or an exact match of <paramref name="essence"/>.</summary>
    public bool Matches(string essence)
    {
        if (Type == "*")
        {
            return true;
        }

        var slash = essence.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && Type.Equals(essence[..slash], StringComparison.OrdinalIgnoreCase)
            && (Subtype == "*" || Subtype.Equals(essence[(slash + 1)..], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Parses one media type; null when it is not <c>type/subtype</c>.</summary>
    public static MediaType? Parse(string text)
    {
        var parts = text.Split(';');
        var essence = parts[0].Trim();
        var slash = essence.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == essence.Length - 1)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var quality = 1.0;
        for (var i = 1; i < parts.Length; i++)
        {
            var pair = parts[i];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = pair[..equals].Trim();
            var value = pair[(equals + 1)..].Trim().Trim('"');
            if (key.Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                quality = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var q) ? q : 0;
                continue;
            }

            parameters[key] = value;
        }

        return new MediaType(essence[..slash].ToLowerInvariant(), essence[(slash + 1)..].ToLowerInvariant(), parameters, quality);
    }

    /// <summary>An Accept header's media ranges, most preferred first (by q, then header order); empty means anything.</summary>
    public static IReadOnlyList<MediaType> ParseAccept(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return [];
        }

        var ranges = new List<MediaType>();
        foreach (var item in SplitList(header))
        {
            if (Parse(item) is { Quality: > 0 } range)
            {
                ranges.Add(range);
            }
        }

        // A stable sort keeps header order among equal qualities.
        return [.. ranges.Select((r, i) => (r, i)).OrderByDescending(p => p.r.Quality).ThenBy(p => p.i).Select(p => p.r)];
    }

    /// <summary>Splits on commas that are not inside quotes.</summary>
    private static IEnumerable<string> SplitList(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"')
            {
                quoted = !quoted;
            }
            else if (header[i] == ',' && !quoted)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }

        yield return header[start..];
    }
}
