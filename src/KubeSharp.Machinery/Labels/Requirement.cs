using System.Globalization;
using System.Text;
using KubeSharp.Machinery.Validation;

namespace KubeSharp.Machinery.Labels;

/// <summary>
/// One term of a label selector: a key, an operator and values (upstream's <c>labels.Requirement</c>).
/// Immutable; create through <see cref="New"/>, which validates as upstream's NewRequirement does.
/// </summary>
public sealed class Requirement : IEquatable<Requirement>
{
    private readonly string[] _values;

    private Requirement(string key, string op, string[] values)
    {
        Key = key;
        Operator = op;
        _values = values;
    }

    public string Key { get; }

    /// <summary>One of <see cref="SelectorOperator"/>.</summary>
    public string Operator { get; }

    public IReadOnlyList<string> Values => _values;

    /// <summary>
    /// Validates and builds a requirement. Rules and messages are upstream's: the key is a qualified name,
    /// In/NotIn need values, equality needs exactly one, Exists/DoesNotExist none, Gt/Lt one integer, and
    /// every value is a valid label value.
    /// </summary>
    /// <exception cref="SelectorParseException">with upstream's aggregated field errors as the message.</exception>
    public static Requirement New(string key, string op, IEnumerable<string> values, FieldPath? path = null)
    {
        var list = values.ToArray();
        var errors = Validate(key, op, list, path ?? FieldPath.Nil);
        if (errors.Count > 0)
        {
            throw new SelectorParseException(errors.AggregateMessage()!);
        }

        return new Requirement(key, op, list);
    }

    /// <summary>Builds a requirement without validation, for values already known to be valid (upstream's pre-validated sets).</summary>
    public static Requirement Unchecked(string key, string op, params string[] values) => new(key, op, values);

    /// <summary>The field errors <see cref="New"/> would report.</summary>
    public static FieldErrorList Validate(string key, string op, IReadOnlyList<string> values, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (ValidateLabelKey(key, path.Child("key")) is { } keyError)
        {
            errors.Add(keyError);
        }

        var valuePath = path.Child("values");
        switch (op)
        {
            case SelectorOperator.In or SelectorOperator.NotIn:
                if (values.Count == 0)
                {
                    errors.Add(FieldError.Invalid(valuePath, values, "for 'in', 'notin' operators, values set can't be empty"));
                }

                break;
            case SelectorOperator.Equals or SelectorOperator.DoubleEquals or SelectorOperator.NotEquals:
                if (values.Count != 1)
                {
                    errors.Add(FieldError.Invalid(valuePath, values, "exact-match compatibility requires one single value"));
                }

                break;
            case SelectorOperator.Exists or SelectorOperator.DoesNotExist:
                if (values.Count != 0)
                {
                    errors.Add(FieldError.Invalid(valuePath, values, "values set must be empty for exists and does not exist"));
                }

                break;
            case SelectorOperator.GreaterThan or SelectorOperator.LessThan:
                if (values.Count != 1)
                {
                    errors.Add(FieldError.Invalid(valuePath, values, "for 'Gt', 'Lt' operators, exactly one value is required"));
                }

                for (var i = 0; i < values.Count; i++)
                {
                    if (!long.TryParse(values[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                    {
                        errors.Add(FieldError.Invalid(valuePath.Index(i), values[i], "for 'Gt', 'Lt' operators, the value must be an integer"));
                    }
                }

                break;
            default:
                errors.Add(FieldError.NotSupported(path.Child("operator"), op, SelectorOperator.All));
                break;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var messages = Formats.IsValidLabelValue(values[i]);
            if (messages.Count > 0)
            {
                errors.Add(FieldError.Invalid(valuePath.Index(i).Key(key), values[i], string.Join("; ", messages)));
            }
        }

        return errors;
    }

    internal static FieldError? ValidateLabelKey(string key, FieldPath path)
    {
        var messages = Formats.IsQualifiedName(key);
        return messages.Count == 0 ? null : FieldError.Invalid(path, key, string.Join("; ", messages));
    }

    /// <summary>Upstream's Requirement.Matches over a label set.</summary>
    public bool Matches(IReadOnlyDictionary<string, string>? labels)
    {
        string? value = null;
        var has = labels is not null && labels.TryGetValue(Key, out value);
        switch (Operator)
        {
            case SelectorOperator.In or SelectorOperator.Equals or SelectorOperator.DoubleEquals:
                return has && HasValue(value!);
            case SelectorOperator.NotIn or SelectorOperator.NotEquals:
                return !has || !HasValue(value!);
            case SelectorOperator.Exists:
                return has;
            case SelectorOperator.DoesNotExist:
                return !has;
            case SelectorOperator.GreaterThan or SelectorOperator.LessThan:
                if (!has
                    || !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var actual)
                    || _values.Length != 1
                    || !long.TryParse(_values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bound))
                {
                    return false;
                }

                return Operator == SelectorOperator.GreaterThan ? actual > bound : actual < bound;
            default:
                return false;
        }
    }

    private bool HasValue(string value)
    {
        foreach (var candidate in _values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Upstream's string form: <c>!a</c>, <c>a</c>, <c>a=b</c>, <c>a in (x,y)</c> with values sorted.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Operator == SelectorOperator.DoesNotExist)
        {
            builder.Append('!');
        }

        builder.Append(Key);
        switch (Operator)
        {
            case SelectorOperator.Equals:
                builder.Append('=');
                break;
            case SelectorOperator.DoubleEquals:
                builder.Append("==");
                break;
            case SelectorOperator.NotEquals:
                builder.Append("!=");
                break;
            case SelectorOperator.In:
                builder.Append(" in ");
                break;
            case SelectorOperator.NotIn:
                builder.Append(" notin ");
                break;
            case SelectorOperator.GreaterThan:
                builder.Append('>');
                break;
            case SelectorOperator.LessThan:
                builder.Append('<');
                break;
            default:
                return builder.ToString();
        }

        var parenthesised = Operator is SelectorOperator.In or SelectorOperator.NotIn;
        if (parenthesised)
        {
            builder.Append('(');
        }

        if (_values.Length == 1)
        {
            builder.Append(_values[0]);
        }
        else
        {
            var sorted = (string[])_values.Clone();
            Array.Sort(sorted, StringComparer.Ordinal);
            builder.AppendJoin(',', sorted);
        }

        if (parenthesised)
        {
            builder.Append(')');
        }

        return builder.ToString();
    }

    public bool Equals(Requirement? other) =>
        other is not null
        && Key == other.Key
        && Operator == other.Operator
        && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as Requirement);

    public override int GetHashCode() => HashCode.Combine(Key, Operator, _values.Length);
}
