using System.Globalization;
using System.Text;

namespace KubeSharp.Machinery.Internal;

/// <summary>
/// JSON text for tree values exactly as Go's encoding/json (and jsoniter's standard-library mode) writes it:
/// map keys sorted, &lt; &gt; &amp; and U+2028/U+2029 escaped, floats in Go's shortest form. Field manager path
/// elements (<c>k:{"name":"web"}</c>, <c>v:"x"</c>) embed such text, and must match byte for byte.
/// </summary>
internal static class GoJson
{
    public static string Marshal(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    public static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                WriteString(builder, s);
                break;
            case long l:
                builder.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append(FormatFloat(d));
                break;
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case Dictionary<string, object?> map:
                var keys = map.Keys.ToList();
                keys.Sort(StringComparer.Ordinal);
                builder.Append('{');
                for (var i = 0; i < keys.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    WriteString(builder, keys[i]);
                    builder.Append(':');
                    Write(builder, map[keys[i]]);
                }

                builder.Append('}');
                break;
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, list[i]);
                }

                builder.Append(']');
                break;
            default:
                throw new InvalidOperationException($"not a JSON tree value: {value.GetType()}");
        }
    }

    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
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
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>Go's float64 JSON form: 'f' for 1e-6 &lt;= |x| &lt; 1e21, otherwise 'e' with a two-digit exponent minimum.</summary>
    public static string FormatFloat(double value)
    {
        var abs = Math.Abs(value);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            var e = text.IndexOf('E', StringComparison.Ordinal);
            if (e < 0)
            {
                text = value.ToString("E16", CultureInfo.InvariantCulture);
                e = text.IndexOf('E', StringComparison.Ordinal);
            }

            var mantissa = text[..e];
            var exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }

        var plain = value.ToString("R", CultureInfo.InvariantCulture);
        if (plain.Contains('E', StringComparison.Ordinal))
        {
            plain = decimal.Parse(plain, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        return plain;
    }
}
