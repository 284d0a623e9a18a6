using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// go-yaml v2's resolve(): how an unquoted scalar is typed, as kubectl's YAML decoder (sigs.k8s.io/yaml over
/// go-yaml v2) types it. YAML 1.1 booleans (y, yes, on, off, …), nulls (~, null, empty), integers in Go's
/// base-prefixed forms with underscores, floats, and timestamp-looking strings (which stay strings).
/// </summary>
internal static partial class YamlScalarResolver
{
    private static readonly Dictionary<string, (YamlScalarKind Kind, bool Bool)> Map = Build();

    /// <summary>Resolves <paramref name="text"/>; for Int the value is in <paramref name="integer"/>, for Float in <paramref name="real"/>.</summary>
    public static YamlScalarKind Resolve(string text, out bool boolean, out BigInteger integer, out double real)
    {
        boolean = false;
        integer = BigInteger.Zero;
        real = 0;
        if (Map.TryGetValue(text, out var known))
        {
            boolean = known.Bool;
            if (known.Kind == YamlScalarKind.Float)
            {
                real = text.Contains("nan", StringComparison.OrdinalIgnoreCase) ? double.NaN : text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
            }

            return known.Kind;
        }

        if (text.Length == 0)
        {
            return YamlScalarKind.String;
        }

        var first = text[0];
        if (first == '.')
        {
            // Not in the map, so maybe a plain float such as ".5".
            return TryParseGoFloat(text, out real) ? YamlScalarKind.Float : YamlScalarKind.String;
        }

        if (!char.IsAsciiDigit(first) && first != '+' && first != '-')
        {
            return YamlScalarKind.String;
        }

        if (IsTimestamp(text))
        {
            return YamlScalarKind.Timestamp;
        }

        var plain = text.Replace("_", "", StringComparison.Ordinal);
        if (TryParseGoInteger(plain, out integer))
        {
            return YamlScalarKind.Int;
        }

        if (FloatPattern().IsMatch(plain) && TryParseGoFloat(plain, out real))
        {
            return YamlScalarKind.Float;
        }

        return YamlScalarKind.String;
    }

    /// <summary>The kind alone, for deciding whether a string needs quotes to stay a string.</summary>
    public static YamlScalarKind Resolve(string text) => Resolve(text, out _, out _, out _);

    /// <summary>go-yaml v2 also quotes strings that YAML 1.1 would read as base-60 floats ("1:20").</summary>
    public static bool IsBase60Float(string text) => Base60Pattern().IsMatch(text);

    /// <summary>
    /// Go's strconv.ParseInt(s, 0, 64) then ParseUint(s, 0, 64): optional sign, 0x/0o/0b prefixes, a leading 0
    /// meaning octal. The result must fit an int64 (or, unsigned, a uint64).
    /// </summary>
    private static bool TryParseGoInteger(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var span = text.AsSpan();
        var negative = false;
        var signed = false;
        if (!span.IsEmpty && (span[0] == '+' || span[0] == '-'))
        {
            negative = span[0] == '-';
            signed = true;
            span = span[1..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        var radix = 10;
        if (span.Length > 1 && span[0] == '0')
        {
            switch (span[1])
            {
                case 'x' or 'X':
                    radix = 16;
                    span = span[2..];
                    break;
                case 'o' or 'O':
                    radix = 8;
                    span = span[2..];
                    break;
                case 'b' or 'B':
                    radix = 2;
                    span = span[2..];
                    break;
                default:
                    radix = 8;
                    span = span[1..];
                    break;
            }
        }

        if (span.IsEmpty)
        {
            return false;
        }

        foreach (var c in span)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        if (negative)
        {
            value = -value;
        }

        // ParseInt's int64 range, or ParseUint's uint64 range for an unsigned text.
        return value >= long.MinValue && (value <= long.MaxValue || (!signed && value <= ulong.MaxValue));
    }

    private static bool TryParseGoFloat(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && !double.IsInfinity(value);

    /// <summary>go-yaml v2's parseTimestamp: "YYYY-" then one of its four layouts.</summary>
    private static bool IsTimestamp(string text)
    {
        if (text.Length < 5 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[2]) || !char.IsAsciiDigit(text[3]) || text[4] != '-')
        {
            return false;
        }

        var match = TimestampPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (!match.Groups["hour"].Success)
        {
            return true;
        }

        return int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) < 24
            && int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) < 60
            && int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) < 60;
    }

    private static Dictionary<string, (YamlScalarKind, bool)> Build()
    {
        var map = new Dictionary<string, (YamlScalarKind, bool)>(StringComparer.Ordinal);
        foreach (var word in new[] { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" })
        {
            map[word] = (YamlScalarKind.Bool, true);
        }

        foreach (var word in new[] { "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" })
        {
            map[word] = (YamlScalarKind.Bool, false);
        }

        foreach (var word in new[] { "", "~", "null", "Null", "NULL" })
        {
            map[word] = (YamlScalarKind.Null, false);
        }

        foreach (var word in new[] { ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF" })
        {
            map[word] = (YamlScalarKind.Float, false);
        }

        map["<<"] = (YamlScalarKind.Merge, false);
        return map;
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Base60Pattern();

    [GeneratedRegex(@"^[0-9]{4}-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})(?:(?:[Tt](?<hour>[0-9]{1,2}):(?<minute>[0-9]{1,2}):(?<second>[0-9]{1,2})(?:\.[0-9]+)?(?:Z|[+-][0-9]{2}:[0-9]{2}))|(?: (?<hour>[0-9]{1,2}):(?<minute>[0-9]{1,2}):(?<second>[0-9]{1,2})(?:\.[0-9]+)?))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TimestampPattern();
}
