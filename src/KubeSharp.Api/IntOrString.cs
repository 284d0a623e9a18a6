using System.Globalization;

namespace KubeSharp.Api;

/// <summary>
/// A value that is either an int32 or a string, kept as given (upstream's intstr.IntOrString): container
/// ports by number or name, <c>maxSurge: 1</c> or <c>"25%"</c>.
/// </summary>
public readonly struct IntOrString : IEquatable<IntOrString>
{
    private readonly string? _stringValue;

    public IntOrString(int value)
    {
        IntValue = value;
        _stringValue = null;
    }

    public IntOrString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        IntValue = 0;
        _stringValue = value;
    }

    /// <summary>True when this holds a string (upstream's Type == String).</summary>
    public bool IsString => _stringValue is not null;

    /// <summary>The number, when <see cref="IsString"/> is false.</summary>
    public int IntValue { get; }

    /// <summary>The string, or "" when this holds a number (upstream's StrVal).</summary>
    public string StringValue => _stringValue ?? "";

    public static implicit operator IntOrString(int value) => new(value);

    public static implicit operator IntOrString(string value) => new(value);

    public static IntOrString FromInt32(int value) => new(value);

    public static IntOrString FromString(string value) => new(value);

    /// <summary>The number, parsing the string form when there is one, 0 when it does not parse (upstream's IntValue()).</summary>
    public int ToInt32() =>
        _stringValue is null ? IntValue
            : int.TryParse(_stringValue, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;

    /// <summary>
    /// Resolves an absolute number or a percentage of <paramref name="total"/>, rounding up or down
    /// (upstream's intstr.GetScaledValueFromIntOrPercent: maxSurge, maxUnavailable, PDB minAvailable).
    /// </summary>
    /// <exception cref="FormatException">a string that is not a percentage, with upstream's message.</exception>
    public int GetScaledValueFromIntOrPercent(int total, bool roundUp)
    {
        if (_stringValue is null)
        {
            return IntValue;
        }

        if (!_stringValue.EndsWith('%'))
        {
            throw new FormatException("invalid value for IntOrString: invalid type: string is not a percentage");
        }

        if (!int.TryParse(_stringValue.AsSpan(0, _stringValue.Length - 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent))
        {
            throw new FormatException($"invalid value for IntOrString: invalid value \"{_stringValue}\"");
        }

        var scaled = (double)percent * total / 100;
        return (int)(roundUp ? Math.Ceiling(scaled) : Math.Floor(scaled));
    }

    public bool Equals(IntOrString other) => IsString == other.IsString && IntValue == other.IntValue && StringValue == other.StringValue;

    public override bool Equals(object? obj) => obj is IntOrString other && Equals(other);

    public override int GetHashCode() => IsString ? StringValue.GetHashCode(StringComparison.Ordinal) : IntValue;

    public static bool operator ==(IntOrString left, IntOrString right) => left.Equals(right);

    public static bool operator !=(IntOrString left, IntOrString right) => !left.Equals(right);

    public override string ToString() => _stringValue ?? IntValue.ToString(CultureInfo.InvariantCulture);
}
