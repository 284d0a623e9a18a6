using System.Globalization;
using System.Text;
using KubeSharp.Machinery.Labels;

namespace KubeSharp.Machinery.Fields;

/// <summary>
/// A parsed field selector (upstream's <c>fields.Selector</c>): an AND of <c>field=value</c>,
/// <c>field==value</c> and <c>field!=value</c> terms. Values may escape <c>\</c>, <c>,</c> and <c>=</c> with a
/// backslash, as kubectl does.
/// </summary>
public sealed class FieldSelector
{
    private readonly FieldRequirement[] _requirements;

    private FieldSelector(FieldRequirement[] requirements) => _requirements = requirements;

    public static FieldSelector Everything { get; } = new([]);

    public IReadOnlyList<FieldRequirement> Requirements => _requirements;

    public bool IsEmpty => _requirements.Length == 0;

    /// <summary>Parses a field selector string with upstream's rules and error messages.</summary>
    /// <exception cref="SelectorParseException">for malformed input.</exception>
    public static FieldSelector Parse(string selector)
    {
        var parts = SplitTerms(selector);
        parts.Sort(StringComparer.Ordinal);
        var items = new List<FieldRequirement>();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (!SplitTerm(part, out var lhs, out var op, out var rhs))
            {
                throw new SelectorParseException($"invalid selector: '{selector}'; can't understand '{part}'");
            }

            var value = UnescapeValue(rhs);
            items.Add(new FieldRequirement(lhs, op == "!=" ? FieldRequirement.NotEqualsOperator : FieldRequirement.EqualsOperator, value));
        }

        return items.Count == 0 ? Everything : new FieldSelector([.. items]);
    }

    public static bool TryParse(string selector, out FieldSelector result, out string? error)
    {
        try
        {
            result = Parse(selector);
            error = null;
            return true;
        }
        catch (SelectorParseException e)
        {
            result = Everything;
            error = e.Message;
            return false;
        }
    }

    /// <summary>A selector matching exactly the given fields (upstream's SelectorFromSet).</summary>
    public static FieldSelector FromSet(IReadOnlyDictionary<string, string>? fields) =>
        fields is null || fields.Count == 0
            ? Everything
            : new FieldSelector([.. fields.Select(f => new FieldRequirement(f.Key, FieldRequirement.EqualsOperator, f.Value))]);

    public static FieldSelector OneTermEqual(string field, string value) =>
        new([new FieldRequirement(field, FieldRequirement.EqualsOperator, value)]);

    public static FieldSelector OneTermNotEqual(string field, string value) =>
        new([new FieldRequirement(field, FieldRequirement.NotEqualsOperator, value)]);

    public static FieldSelector And(params FieldSelector[] selectors) =>
        new([.. selectors.SelectMany(s => s._requirements)]);

    public bool Matches(IReadOnlyDictionary<string, string>? fields)
    {
        foreach (var requirement in _requirements)
        {
            if (!requirement.Matches(fields))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value a field must equal, when an equality term pins it.</summary>
    public bool RequiresExactMatch(string field, out string value)
    {
        foreach (var requirement in _requirements)
        {
            if (requirement.Field == field && requirement.Operator == FieldRequirement.EqualsOperator)
            {
                value = requirement.Value;
                return true;
            }
        }

        value = "";
        return false;
    }

    /// <summary>
    /// Rewrites every term through <paramref name="transform"/> (upstream's Transform): this is how a field
    /// label is checked against what a resource supports, and legacy labels (pods' <c>spec.host</c>) renamed.
    /// </summary>
    public FieldSelector Transform(Func<string, string, (string Field, string Value)> transform)
    {
        var next = new FieldRequirement[_requirements.Length];
        for (var i = 0; i < next.Length; i++)
        {
            var (field, value) = transform(_requirements[i].Field, _requirements[i].Value);
            next[i] = _requirements[i] with { Field = field, Value = value };
        }

        return new FieldSelector(next);
    }

    public override string ToString() => string.Join(",", _requirements.Select(r => r.ToString()));

    /// <summary>Escapes a literal for use as a field selector value (upstream's EscapeValue).</summary>
    public static string EscapeValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("=", "\\=", StringComparison.Ordinal);

    /// <summary>Upstream's UnescapeValue, with its messages (an unescaped rune is printed as its code point).</summary>
    public static string UnescapeValue(string value)
    {
        if (value.AsSpan().IndexOfAny('\\', ',', '=') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var inSlash = false;
        foreach (var rune in value.EnumerateRunes())
        {
            if (inSlash)
            {
                if (rune.Value is '\\' or ',' or '=')
                {
                    builder.Append(rune.ToString());
                    inSlash = false;
                    continue;
                }

                throw new SelectorParseException("invalid field selector: invalid escape sequence: \\" + rune);
            }

            switch (rune.Value)
            {
                case '\\':
                    inSlash = true;
                    break;
                case ',' or '=':
                    throw new SelectorParseException("invalid field selector: unescaped character in value: " + rune.Value.ToString(CultureInfo.InvariantCulture));
                default:
                    builder.Append(rune.ToString());
                    break;
            }
        }

        if (inSlash)
        {
            throw new SelectorParseException("invalid field selector: invalid escape sequence: \\");
        }

        return builder.ToString();
    }

    /// <summary>Comma-separated terms; a backslash-escaped comma stays inside its term.</summary>
    private static List<string> SplitTerms(string selector)
    {
        var terms = new List<string>();
        if (selector.Length == 0)
        {
            return terms;
        }

        var start = 0;
        var inSlash = false;
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (inSlash)
            {
                inSlash = false;
            }
            else if (c == '\\')
            {
                inSlash = true;
            }
            else if (c == ',')
            {
                terms.Add(selector[start..i]);
                start = i + 1;
            }
        }

        terms.Add(selector[start..]);
        return terms;
    }

    /// <summary>Splits at the first operator; "!=" and "==" are tried before "=" at each position.</summary>
    private static bool SplitTerm(string term, out string lhs, out string op, out string rhs)
    {
        for (var i = 0; i < term.Length; i++)
        {
            foreach (var candidate in (ReadOnlySpan<string>)["!=", "==", "="])
            {
                if (term.AsSpan(i).StartsWith(candidate, StringComparison.Ordinal))
                {
                    lhs = term[..i];
                    op = candidate;
                    rhs = term[(i + candidate.Length)..];
                    return true;
                }
            }
        }

        lhs = op = rhs = "";
        return false;
    }
}
