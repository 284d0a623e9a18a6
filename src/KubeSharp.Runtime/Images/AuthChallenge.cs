namespace KubeSharp.Runtime.Images;

/// <summary>One <c>WWW-Authenticate</c> challenge: a scheme (<c>Bearer</c>, <c>Basic</c>) and its parameters (RFC 7235, RFC 6750).</summary>
internal sealed record AuthChallenge(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses every challenge in the header values; malformed parameters are skipped.</summary>
    public static IReadOnlyList<AuthChallenge> Parse(IEnumerable<string> headerValues)
    {
        var challenges = new List<AuthChallenge>();
        foreach (var header in headerValues)
        {
            var i = 0;
            while (i < header.Length)
            {
                SkipSeparators(header, ref i);
                var scheme = ReadToken(header, ref i);
                if (scheme.Length == 0)
                {
                    break;
                }

                var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                while (i < header.Length)
                {
                    SkipSeparators(header, ref i);
                    var start = i;
                    var name = ReadToken(header, ref i);
                    SkipSpaces(header, ref i);
                    if (name.Length == 0 || i >= header.Length || header[i] != '=')
                    {
                        // Not a parameter: the start of the next challenge.
                        i = start;
                        break;
                    }

                    i++;
                    SkipSpaces(header, ref i);
                    parameters[name] = i < header.Length && header[i] == '"' ? ReadQuoted(header, ref i) : ReadToken(header, ref i);
                }

                challenges.Add(new AuthChallenge(scheme, parameters));
            }
        }

        return challenges;
    }

    private static void SkipSpaces(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t')
        {
            i++;
        }
    }

    private static void SkipSeparators(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or ',')
        {
            i++;
        }
    }

    private static string ReadToken(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && s[i] is not (' ' or '\t' or ',' or '=' or '"'))
        {
            i++;
        }

        return s[start..i];
    }

    private static string ReadQuoted(string s, ref int i)
    {
        var builder = new System.Text.StringBuilder();
        i++;
        while (i < s.Length && s[i] != '"')
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
            }

            builder.Append(s[i]);
            i++;
        }

        i++;
        return builder.ToString();
    }
}
