using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Machinery.Internal;

/// <summary>
/// Renders values the way upstream's Go code prints them in messages users read: <c>%q</c> for strings
/// (strconv.Quote), <c>%v</c> for numbers and booleans, and JSON for anything else, as field.Error does.
/// </summary>
internal static class GoFormat
{
    private static readonly JsonSerializerOptions FallbackJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Go's strconv.Quote: a double-quoted string with Go escape sequences.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\a':
                    builder.Append("\\a");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\v':
                    builder.Append("\\v");
                    break;
                default:
                    if (c < ' ' || c == '\x7f')
                    {
                        builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // A lone surrogate is invalid UTF-8 in Go, printed as the replacement character.
                        builder.Append("\\ufffd");
                    }
                    else if (c >= 0x80 && (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Go's <c>%v</c> for the simple kinds field.Error prints directly.</summary>
    public static bool TryFormatSimple(object? value, out string text)
    {
        switch (value)
        {
            case bool b:
                text = b ? "true" : "false";
                return true;
            case int or long or short or sbyte or byte or ushort or uint or ulong:
                text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                return true;
            case double d:
                text = FormatFloat(d);
                return true;
            case float f:
                text = FormatFloat(f);
                return true;
            case GoLiteral literal:
                text = literal.Text;
                return true;
            default:
                text = "";
                return false;
        }
    }

    /// <summary>Go's %v of a float64 (%g with the shortest representation).</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            return "+Inf";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-Inf";
        }

        if (double.IsNaN(value))
        {
            return "NaN";
        }

        // Go switches to exponent form outside [1e-4, 1e21); "R" is the shortest round-trip form as Go's.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return shortest;
        }

        var exp = int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture);
        return shortest[..e] + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>JSON of an arbitrary value, as Go's json.Marshal would print it in an error.</summary>
    public static string Json(object? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonSerializer.Serialize(s, FallbackJson);
            case JsonNode node:
                return node.ToJsonString(FallbackJson);
            case JsonElement element:
                return JsonSerializer.Serialize(element, FallbackJson);
            case IEnumerable<string> strings:
                return JsonSerializer.Serialize(strings.ToList(), FallbackJson);
        }

        if (TryFormatSimple(value, out var simple))
        {
            return simple;
        }

        if (KubeJson.Options.TryGetTypeInfo(value.GetType(), out var typeInfo))
        {
            return JsonSerializer.Serialize(value, typeInfo);
        }

        if (value is IEnumerable sequence)
        {
            var items = new JsonArray();
            foreach (var item in sequence)
            {
                items.Add(JsonNode.Parse(Json(item)));
            }

            return items.ToJsonString(FallbackJson);
        }

        return value.ToString() ?? "null";
    }
}
