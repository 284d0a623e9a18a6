using System.Text;

namespace KubeSharp.ApiServer.Metrics;

/// <summary>Formats label sets for the text exposition format.</summary>
internal static class LabelValues
{
    /// <summary>A key identifying one label-value combination; \u0001 cannot appear in a sane label value.</summary>
    public static string Key(ReadOnlySpan<string> values) => string.Join('\u0001', values.ToArray());

    public static string[] Split(string key, int count) =>
        count == 0 ? [] : key.Split('\u0001');

    /// <summary>Writes <c>{a="x",b="y"}</c>, with an optional extra label (histogram <c>le</c>).</summary>
    public static void Write(StringBuilder output, IReadOnlyList<string> names, string[] values, string? extraName = null, string? extraValue = null)
    {
        if (names.Count == 0 && extraName is null)
        {
            return;
        }

        output.Append('{');
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                output.Append(',');
            }

            output.Append(names[i]).Append("=\"");
            Escape(output, values[i]);
            output.Append('"');
        }

        if (extraName is not null)
        {
            if (names.Count > 0)
            {
                output.Append(',');
            }

            output.Append(extraName).Append("=\"").Append(extraValue).Append('"');
        }

        output.Append('}');
    }

    private static void Escape(StringBuilder output, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    output.Append(@"\\");
                    break;
                case '"':
                    output.Append("\\\"");
                    break;
                case '\n':
                    output.Append(@"\n");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }
}
