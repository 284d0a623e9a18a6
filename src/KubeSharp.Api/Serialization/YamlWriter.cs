using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// Writes JSON trees as YAML the way kubectl prints them (sigs.k8s.io/yaml's JSONToYAML over go-yaml v2):
/// block style, two-space indents, sequences inside mappings not indented, map keys in go-yaml's order,
/// strings quoted only when needed, multi-line strings as literal blocks, long lines folded at 80 columns.
/// </summary>
internal sealed class YamlWriter
{
    private const int BestWidth = 80;

    private readonly StringBuilder _output;
    private int _lineStart;

    private YamlWriter(StringBuilder output)
    {
        _output = output;
        _lineStart = output.Length;
    }

    private int Column => _output.Length - _lineStart;

    /// <summary>Appends one document (no "---" marker).</summary>
    public static void WriteDocument(JsonNode? node, StringBuilder output)
    {
        var writer = new YamlWriter(output);
        writer.WriteTop(node);
    }

    private void WriteTop(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map when map.Count > 0:
                WriteMappingEntries(map, 0, firstOnCurrentLine: false);
                break;
            case JsonArray list when list.Count > 0:
                WriteSequenceItems(list, 0, firstOnCurrentLine: false);
                break;
            default:
                WriteScalarValue(node, 0);
                NewLine();
                break;
        }
    }

    private void WriteMappingEntries(JsonObject map, int indent, bool firstOnCurrentLine)
    {
        var keys = new List<string>(map.Count);
        foreach (var (key, _) in map)
        {
            keys.Add(key);
        }

        keys.Sort(YamlKeyComparer.Instance);
        var first = true;
        foreach (var key in keys)
        {
            if (!(first && firstOnCurrentLine))
            {
                Indent(indent);
            }

            first = false;
            WriteKey(key);
            _output.Append(':');
            WriteValueAfterKey(map[key], indent);
        }
    }

    private void WriteSequenceItems(JsonArray list, int indent, bool firstOnCurrentLine)
    {
        var first = true;
        foreach (var item in list)
        {
            if (!(first && firstOnCurrentLine))
            {
                Indent(indent);
            }

            first = false;
            _output.Append("- ");
            switch (item)
            {
                case JsonObject map when map.Count > 0:
                    WriteMappingEntries(map, indent + 2, firstOnCurrentLine: true);
                    break;
                case JsonArray nested when nested.Count > 0:
                    WriteSequenceItems(nested, indent + 2, firstOnCurrentLine: true);
                    break;
                default:
                    WriteScalarValue(item, indent + 2);
                    NewLine();
                    break;
            }
        }
    }

    private void WriteValueAfterKey(JsonNode? value, int indent)
    {
        switch (value)
        {
            case JsonObject map when map.Count > 0:
                NewLine();
                WriteMappingEntries(map, indent + 2, firstOnCurrentLine: false);
                break;
            case JsonArray list when list.Count > 0:
                // go-yaml v2 does not indent a sequence under its key.
                NewLine();
                WriteSequenceItems(list, indent, firstOnCurrentLine: false);
                break;
            default:
                _output.Append(' ');
                WriteScalarValue(value, indent + 2);
                NewLine();
                break;
        }
    }

    /// <summary>Writes a scalar or empty collection on the current line; continuation lines use <paramref name="indent"/>.</summary>
    private void WriteScalarValue(JsonNode? value, int indent)
    {
        switch (value)
        {
            case null:
                _output.Append("null");
                break;
            case JsonObject:
                _output.Append("{}");
                break;
            case JsonArray:
                _output.Append("[]");
                break;
            case JsonValue scalar:
                WriteJsonScalar(scalar, indent);
                break;
        }
    }

    private void WriteJsonScalar(JsonValue scalar, int indent)
    {
        switch (scalar.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(scalar.GetValue<string>(), indent, isKey: false);
                break;
            case JsonValueKind.True:
                _output.Append("true");
                break;
            case JsonValueKind.False:
                _output.Append("false");
                break;
            case JsonValueKind.Number:
                _output.Append(FormatNumber(scalar.ToJsonString()));
                break;
            default:
                _output.Append("null");
                break;
        }
    }

    /// <summary>A JSON number as go-yaml reads and writes it back: integers as integers, other numbers as Go floats.</summary>
    private static string FormatNumber(string json)
    {
        if (!json.Contains('.', StringComparison.Ordinal) && !json.Contains('e', StringComparison.OrdinalIgnoreCase)
            && BigInteger.TryParse(json, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
            && integer >= long.MinValue && integer <= ulong.MaxValue)
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        return GoFloat.Format(double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private void WriteKey(string key) => WriteString(key, indent: 0, isKey: true);

    private void WriteString(string value, int indent, bool isKey)
    {
        switch (YamlScalarAnalysis.Choose(value, isKey))
        {
            case YamlScalarStyle.Plain:
                WriteFolded(value, indent, allowBreaks: !isKey, quote: null);
                break;
            case YamlScalarStyle.SingleQuoted:
                WriteFolded(value.Replace("'", "''", StringComparison.Ordinal), indent, allowBreaks: !isKey, quote: '\'');
                break;
            case YamlScalarStyle.Literal:
                WriteLiteral(value, indent);
                break;
            default:
                WriteDoubleQuoted(value, indent, allowBreaks: !isKey);
                break;
        }
    }

    /// <summary>Plain or single-quoted text; a space past column 80 between words becomes a line break, as go-yaml folds.</summary>
    private void WriteFolded(string value, int indent, bool allowBreaks, char? quote)
    {
        if (quote is not null)
        {
            _output.Append(quote.Value);
        }

        var spaces = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ' ')
            {
                var breakable = quote is null ? i + 1 < value.Length && value[i + 1] != ' ' : i != 0 && i != value.Length - 1 && value[i + 1] != ' ';
                if (allowBreaks && !spaces && Column > BestWidth && breakable)
                {
                    Indent(indent);
                }
                else
                {
                    _output.Append(c);
                }

                spaces = true;
            }
            else
            {
                _output.Append(c);
                spaces = false;
            }
        }

        if (quote is not null)
        {
            _output.Append(quote.Value);
        }
    }

    private void WriteDoubleQuoted(string value, int indent, bool allowBreaks)
    {
        var quoted = YamlScalarAnalysis.DoubleQuote(value);
        if (!allowBreaks)
        {
            _output.Append(quoted);
            return;
        }

        // Fold at escaped-free spaces past column 80; a following space is kept by escaping it with "\".
        var spaces = false;
        for (var i = 0; i < quoted.Length; i++)
        {
            var c = quoted[i];
            if (c == ' ' && i > 1 && i < quoted.Length - 2 && allowBreaks && !spaces && Column > BestWidth)
            {
                Indent(indent);
                if (quoted[i + 1] == ' ')
                {
                    _output.Append('\\');
                }

                spaces = true;
                continue;
            }

            _output.Append(c);
            spaces = c == ' ';
        }
    }

    /// <summary>A |literal block: an indentation hint when the text starts with a space or break, a chomping hint for its end.</summary>
    private void WriteLiteral(string value, int indent)
    {
        _output.Append('|');
        if (value.Length > 0 && (value[0] == ' ' || value[0] == '\n'))
        {
            _output.Append('2');
        }

        if (!value.EndsWith('\n'))
        {
            _output.Append('-');
        }
        else if (value.Length == 1 || value[^2] == '\n')
        {
            _output.Append('+');
        }

        var lines = value.Split('\n');
        var count = value.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            NewLine();
            if (lines[i].Length > 0)
            {
                _output.Append(' ', indent).Append(lines[i]);
            }
        }
    }

    private void Indent(int indent)
    {
        if (Column > 0)
        {
            NewLine();
        }

        _output.Append(' ', indent);
    }

    private void NewLine()
    {
        _output.Append('\n');
        _lineStart = _output.Length;
    }
}
