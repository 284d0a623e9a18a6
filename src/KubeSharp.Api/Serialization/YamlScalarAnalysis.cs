using System.Text;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// Chooses how go-yaml v2 (libyaml's emitter) writes a string, so our YAML reads as kubectl's: plain when it
/// would read back as the same string, double-quoted when plain would change its type ("true", "123", "",
/// timestamps), single-quoted when plain is not allowed (indicators, ": ", " #", edge spaces), a literal block
/// for multi-line text, and double quotes with escapes when nothing else can hold it.
/// </summary>
internal static class YamlScalarAnalysis
{
    public static YamlScalarStyle Choose(string value, bool isKey)
    {
        var resolvesToString = YamlScalarResolver.Resolve(value) == YamlScalarKind.String && !YamlScalarResolver.IsBase60Float(value);
        var requested = value.Contains('\n', StringComparison.Ordinal) ? YamlScalarStyle.Literal
            : resolvesToString ? YamlScalarStyle.Plain
            : YamlScalarStyle.DoubleQuoted;
        var analysis = Analyze(value);
        if (requested == YamlScalarStyle.Plain)
        {
            if (!analysis.BlockPlainAllowed || (value.Length == 0 && isKey))
            {
                requested = YamlScalarStyle.SingleQuoted;
            }
        }

        if (requested == YamlScalarStyle.SingleQuoted && !analysis.SingleQuotedAllowed)
        {
            requested = YamlScalarStyle.DoubleQuoted;
        }

        if (requested == YamlScalarStyle.Literal && (!analysis.BlockAllowed || isKey))
        {
            requested = YamlScalarStyle.DoubleQuoted;
        }

        return requested;
    }

    private static (bool BlockPlainAllowed, bool SingleQuotedAllowed, bool BlockAllowed) Analyze(string value)
    {
        if (value.Length == 0)
        {
            return (false, true, false);
        }

        var blockIndicators = false;
        var lineBreaks = false;
        var specialCharacters = false;
        var leadingSpace = false;
        var leadingBreak = false;
        var trailingSpace = false;
        var trailingBreak = false;
        var breakSpace = false;
        var spaceBreak = false;
        var previousSpace = false;
        var previousBreak = false;
        var precededByWhitespace = true;

        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
        {
            blockIndicators = true;
        }

        var runes = value.EnumerateRunes().ToArray();
        for (var i = 0; i < runes.Length; i++)
        {
            var c = runes[i].Value;
            var followedByWhitespace = i + 1 >= runes.Length || IsBlankOrBreak(runes[i + 1].Value);
            if (i == 0)
            {
                switch (c)
                {
                    case '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                        blockIndicators = true;
                        break;
                    case '?' or ':':
                        blockIndicators |= followedByWhitespace;
                        break;
                    case '-':
                        blockIndicators |= followedByWhitespace;
                        break;
                }
            }
            else
            {
                switch (c)
                {
                    case ':':
                        blockIndicators |= followedByWhitespace;
                        break;
                    case '#':
                        blockIndicators |= precededByWhitespace;
                        break;
                }
            }

            if (!IsPrintable(c))
            {
                specialCharacters = true;
            }

            if (IsBreak(c))
            {
                lineBreaks = true;
            }

            if (c == ' ')
            {
                leadingSpace |= i == 0;
                trailingSpace |= i == runes.Length - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            }
            else if (IsBreak(c))
            {
                leadingBreak |= i == 0;
                trailingBreak |= i == runes.Length - 1;
                spaceBreak |= previousSpace;
                previousBreak = true;
                previousSpace = false;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
            }

            precededByWhitespace = IsBlankOrBreak(c);
        }

        var blockPlain = true;
        var single = true;
        var block = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        {
            blockPlain = false;
        }

        if (trailingSpace)
        {
            block = false;
        }

        if (breakSpace)
        {
            blockPlain = false;
            single = false;
        }

        if (spaceBreak || specialCharacters)
        {
            blockPlain = false;
            single = false;
            block = false;
        }

        if (lineBreaks || blockIndicators)
        {
            blockPlain = false;
        }

        return (blockPlain, single, block);
    }

    /// <summary>libyaml's is_printable (tab is not).</summary>
    private static bool IsPrintable(int c) =>
        c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || c >= 0x10000;

    private static bool IsBreak(int c) => c is '\r' or '\n' or 0x85 or 0x2028 or 0x2029;

    private static bool IsBlankOrBreak(int c) => c is ' ' or '\t' || IsBreak(c);

    /// <summary>go-yaml's double-quoted form with its escapes.</summary>
    public static string DoubleQuote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            var c = rune.Value;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case 0:
                    builder.Append("\\0");
                    break;
                case 0x07:
                    builder.Append("\\a");
                    break;
                case 0x08:
                    builder.Append("\\b");
                    break;
                case 0x09:
                    builder.Append("\\t");
                    break;
                case 0x0A:
                    builder.Append("\\n");
                    break;
                case 0x0B:
                    builder.Append("\\v");
                    break;
                case 0x0C:
                    builder.Append("\\f");
                    break;
                case 0x0D:
                    builder.Append("\\r");
                    break;
                case 0x1B:
                    builder.Append("\\e");
                    break;
                case 0x85:
                    builder.Append("\\N");
                    break;
                case 0xA0:
                    builder.Append("\\_");
                    break;
                case 0x2028:
                    builder.Append("\\L");
                    break;
                case 0x2029:
                    builder.Append("\\P");
                    break;
                default:
                    if (!IsPrintable(c) || c == 0xFEFF)
                    {
                        builder.Append(c <= 0xFF ? $"\\x{c:X2}" : c <= 0xFFFF ? $"\\u{c:X4}" : $"\\U{c:X8}");
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Single quotes, with a quote written twice.</summary>
    public static string SingleQuote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
