using System.Numerics;

namespace KubeSharp.Api;

/// <summary>
/// A fixed-point number with a unit suffix, as upstream's k8s.io/apimachinery/pkg/api/resource.Quantity:
/// <c>100m</c> CPU, <c>1536Mi</c> memory, <c>1e3</c>. Never a floating-point number; arithmetic is exact.
/// </summary>
/// <remarks>
/// The value is <c>unscaled × 10^scale</c>, held in a long while it fits (upstream's int64Amount) and in a
/// <see cref="BigInteger"/> otherwise (upstream's inf.Dec). Parsing keeps the value down to nano, rounding a
/// finer non-zero value away from zero. The format (DecimalSI, BinarySI, DecimalExponent) is remembered from
/// the input and used for the canonical form written back out; see <see cref="ToString"/>.
/// Immutable: <see cref="Add"/>, <see cref="Sub"/> and friends return new values. Equality is by value, as
/// upstream's <c>Equal</c> (<c>1k</c> equals <c>1000</c>).
/// </remarks>
public readonly partial struct Quantity : IEquatable<Quantity>, IComparable<Quantity>
{
    /// <summary>The unscaled value when <see cref="_big"/> is null.</summary>
    private readonly long _small;

    /// <summary>The unscaled value when it does not fit a long.</summary>
    private readonly BigInteger? _big;

    /// <summary>The power of ten the unscaled value is multiplied by (upstream's Scale: Milli is -3).</summary>
    private readonly int _scale;

    /// <summary>The text this value was parsed from when upstream would reuse it verbatim (its <c>s</c> cache).</summary>
    private readonly string? _text;

    private Quantity(long unscaled, int scale, QuantityFormat format, string? text = null)
    {
        _small = unscaled;
        _scale = scale;
        Format = format;
        _text = text;
    }

    private Quantity(BigInteger unscaled, int scale, QuantityFormat format)
    {
        if (unscaled >= long.MinValue && unscaled <= long.MaxValue)
        {
            _small = (long)unscaled;
        }
        else
        {
            _big = unscaled;
        }

        _scale = scale;
        Format = format;
    }

    /// <summary>The format used when writing this value (upstream's Format field).</summary>
    public QuantityFormat Format { get; }

    /// <summary>Zero, written as "0".</summary>
    public static Quantity Zero => default;

    /// <summary>True when the value is zero, whatever its format.</summary>
    public bool IsZero => _big is null ? _small == 0 : _big.Value.IsZero;

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => _big is null ? Math.Sign(_small) : _big.Value.Sign;

    private BigInteger Unscaled => _big ?? _small;

    /// <summary>A quantity of <paramref name="value"/> in the given format (upstream's NewQuantity).</summary>
    public static Quantity FromInt64(long value, QuantityFormat format = QuantityFormat.DecimalSI) => new(value, 0, format);

    /// <summary>A quantity of <paramref name="value"/>/1000 (upstream's NewMilliQuantity).</summary>
    public static Quantity FromMilli(long value, QuantityFormat format = QuantityFormat.DecimalSI) => new(value, -3, format);

    /// <summary>A quantity of <paramref name="value"/> × 10^<paramref name="scale"/> in DecimalSI (upstream's NewScaledQuantity).</summary>
    public static Quantity FromScaled(long value, int scale) => new(value, scale, QuantityFormat.DecimalSI);

    /// <summary>The same value written in another format.</summary>
    public Quantity WithFormat(QuantityFormat format) =>
        _big is null ? new Quantity(_small, _scale, format) : new Quantity(_big.Value, _scale, format);

    /// <inheritdoc/>
    public bool Equals(Quantity other) => Cmp(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <summary>Hashes the value (not its format), consistent with value equality.</summary>
    public override int GetHashCode()
    {
        if (IsZero)
        {
            return 0;
        }

        var (mantissa, exponent) = StripTrailingZeros(Unscaled, _scale);
        return HashCode.Combine(mantissa, exponent);
    }

    /// <inheritdoc/>
    public int CompareTo(Quantity other) => Cmp(other);

    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    public static bool operator <(Quantity left, Quantity right) => left.Cmp(right) < 0;

    public static bool operator <=(Quantity left, Quantity right) => left.Cmp(right) <= 0;

    public static bool operator >(Quantity left, Quantity right) => left.Cmp(right) > 0;

    public static bool operator >=(Quantity left, Quantity right) => left.Cmp(right) >= 0;

    public static Quantity operator +(Quantity left, Quantity right) => left.Add(right);

    public static Quantity operator -(Quantity left, Quantity right) => left.Sub(right);

    public static Quantity operator -(Quantity value) => value.Neg();

    private static (BigInteger Mantissa, int Exponent) StripTrailingZeros(BigInteger value, int exponent)
    {
        if (value.IsZero)
        {
            return (value, 0);
        }

        while (true)
        {
            var quotient = BigInteger.DivRem(value, 10, out var remainder);
            if (!remainder.IsZero)
            {
                return (value, exponent);
            }

            value = quotient;
            exponent++;
        }
    }
}
