using System.Numerics;

namespace KubeSharp.Api;

public readonly partial struct Quantity
{
    private static readonly ulong[] PowersOf10 =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
        1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    /// <summary>-1, 0 or 1 as this is less than, equal to or greater than <paramref name="other"/>.</summary>
    public int Cmp(Quantity other)
    {
        if (_big is null && other._big is null)
        {
            if (_scale == other._scale)
            {
                return _small.CompareTo(other._small);
            }

            if (TryAlign(this, other, out var left, out var right, out _))
            {
                return left.CompareTo(right);
            }
        }

        var signs = Sign.CompareTo(other.Sign);
        if (signs != 0 || Sign == 0)
        {
            return signs;
        }

        var (x, y, _) = AlignBig(this, other);
        return x.CompareTo(y);
    }

    /// <summary>Compares with a whole number (upstream's CmpInt64).</summary>
    public int CompareToInt64(long value) => Cmp(new Quantity(value, 0, QuantityFormat.DecimalSI));

    /// <summary>The sum. A zero receiver takes the format of <paramref name="other"/>, as upstream's Add.</summary>
    public Quantity Add(Quantity other)
    {
        var format = IsZero ? other.Format : Format;
        if (_big is null && other._big is null && TryAlign(this, other, out var left, out var right, out var scale))
        {
            var sum = left + right;
            if (((left ^ sum) & (right ^ sum)) >= 0)
            {
                return new Quantity(sum, scale, format);
            }
        }

        var (x, y, bigScale) = AlignBig(this, other);
        return new Quantity(x + y, bigScale, format);
    }

    /// <summary>The difference. A zero receiver takes the format of <paramref name="other"/>, as upstream's Sub.</summary>
    public Quantity Sub(Quantity other)
    {
        var format = IsZero ? other.Format : Format;
        if (_big is null && other._big is null && TryAlign(this, other, out var left, out var right, out var scale))
        {
            var difference = left - right;
            if (((left ^ right) & (left ^ difference)) >= 0)
            {
                return new Quantity(difference, scale, format);
            }
        }

        var (x, y, bigScale) = AlignBig(this, other);
        return new Quantity(x - y, bigScale, format);
    }

    /// <summary>Named alternative to the binary - operator.</summary>
    public Quantity Subtract(Quantity other) => Sub(other);

    /// <summary>The negated value, same format.</summary>
    public Quantity Neg() =>
        _big is null && _small != long.MinValue
            ? new Quantity(-_small, _scale, Format)
            : new Quantity(-Unscaled, _scale, Format);

    /// <summary>Named alternative to the unary - operator.</summary>
    public Quantity Negate() => Neg();

    /// <summary>The value multiplied by a whole number, same format (upstream's Mul).</summary>
    public Quantity Mul(long factor)
    {
        if (_big is null)
        {
            var product = (Int128)_small * factor;
            if (product >= long.MinValue && product <= long.MaxValue)
            {
                return new Quantity((long)product, _scale, Format);
            }
        }

        return new Quantity(Unscaled * factor, _scale, Format);
    }

    /// <summary>
    /// ceil(value / 10^<paramref name="scale"/>), rounding away from zero (upstream's ScaledValue): 1 at scale
    /// -3 is 1000, 1500m at scale 0 is 2, -1500m is -2. Like upstream, a result beyond a long wraps and is
    /// meaningless; compare against a bound first when the value may be that large.
    /// </summary>
    public long ScaledValue(int scale)
    {
        if (_scale >= scale)
        {
            var up = _scale - scale;
            if (_big is null && up <= 18)
            {
                return unchecked(_small * (long)PowersOf10[up]);
            }

            return Wrap(Unscaled * BigInteger.Pow(10, up));
        }

        var (value, _) = DivideAwayFromZero(scale - _scale);
        return Wrap(value);
    }

    /// <summary>The value rounded up to a whole number, away from zero (upstream's Value).</summary>
    public long Value() => ScaledValue(0);

    /// <summary>ceil(value × 1000), away from zero (upstream's MilliValue).</summary>
    public long MilliValue() => ScaledValue(-3);

    /// <summary>The exact value as a long, when it is a whole number that fits (upstream's AsInt64).</summary>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        if (!IsWholeNumber())
        {
            return false;
        }

        if (_big is null)
        {
            if (_scale <= 0)
            {
                value = _small / (long)PowersOf10[-_scale];
                return true;
            }

            if (_scale <= 18)
            {
                var product = (Int128)_small * (long)PowersOf10[_scale];
                if (product >= long.MinValue && product <= long.MaxValue)
                {
                    value = (long)product;
                    return true;
                }
            }

            return IsZero;
        }

        var whole = _scale >= 0 ? Unscaled * BigInteger.Pow(10, _scale) : Unscaled / BigInteger.Pow(10, -_scale);
        if (whole < long.MinValue || whole > long.MaxValue)
        {
            return false;
        }

        value = (long)whole;
        return true;
    }

    /// <summary>
    /// The value at <paramref name="scale"/> (a power of ten), rounding away from zero, and whether that was
    /// exact (upstream's RoundUp). A value already at that scale or coarser is returned unchanged.
    /// </summary>
    public Quantity RoundUp(int scale, out bool exact)
    {
        exact = true;
        if (_scale >= scale)
        {
            return this;
        }

        var (value, isExact) = DivideAwayFromZero(scale - _scale);
        exact = isExact;
        return new Quantity(value, scale, Format);
    }

    /// <summary>An approximate double, for display and ratios only (upstream's AsApproximateFloat64).</summary>
    public double AsApproximateDouble() => (double)Unscaled * Math.Pow(10, _scale);

    private (BigInteger Value, bool Exact) DivideAwayFromZero(int digits)
    {
        if (IsZero)
        {
            return (BigInteger.Zero, true);
        }

        if (_big is null && digits <= 18)
        {
            var divisor = (long)PowersOf10[digits];
            var quotient = Math.DivRem(_small, divisor, out var remainder);
            return remainder == 0 ? (quotient, true) : (quotient + Math.Sign(_small), false);
        }

        var unscaled = Unscaled;
        if (digits > BigInteger.Abs(unscaled).GetBitLength())
        {
            // 10^digits > 2^digits > |unscaled|: the result is one step away from zero.
            return (unscaled.Sign, false);
        }

        var bigQuotient = BigInteger.DivRem(unscaled, BigInteger.Pow(10, digits), out var bigRemainder);
        return bigRemainder.IsZero ? (bigQuotient, true) : (bigQuotient + unscaled.Sign, false);
    }

    private static long Wrap(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : unchecked((long)(ulong)(value & ulong.MaxValue));

    private static ulong Pow10(int exponent) => PowersOf10[exponent];

    /// <summary>Both unscaled values at the finer of the two scales, when that fits a long.</summary>
    private static bool TryAlign(Quantity a, Quantity b, out long left, out long right, out int scale)
    {
        left = a._small;
        right = b._small;
        scale = Math.Min(a._scale, b._scale);
        var diff = (long)a._scale - b._scale;
        if (diff == 0)
        {
            return true;
        }

        if (Math.Abs(diff) > 18)
        {
            return a._small == 0 || b._small == 0 ? AlignWithZero(a, b, out left, out right, out scale) : false;
        }

        var factor = (long)PowersOf10[Math.Abs(diff)];
        var scaled = (Int128)(diff > 0 ? a._small : b._small) * factor;
        if (scaled < long.MinValue || scaled > long.MaxValue)
        {
            return false;
        }

        if (diff > 0)
        {
            left = (long)scaled;
        }
        else
        {
            right = (long)scaled;
        }

        return true;
    }

    /// <summary>Zero aligns with anything without scaling: it takes the other side's scale.</summary>
    private static bool AlignWithZero(Quantity a, Quantity b, out long left, out long right, out int scale)
    {
        left = a._small;
        right = b._small;
        scale = a._small == 0 ? b._scale : a._scale;
        return true;
    }

    private static (BigInteger Left, BigInteger Right, int Scale) AlignBig(Quantity a, Quantity b)
    {
        if (a.IsZero)
        {
            return (BigInteger.Zero, b.Unscaled, b._scale);
        }

        if (b.IsZero)
        {
            return (a.Unscaled, BigInteger.Zero, a._scale);
        }

        var scale = Math.Min(a._scale, b._scale);
        var left = a._scale == scale ? a.Unscaled : a.Unscaled * BigInteger.Pow(10, a._scale - scale);
        var right = b._scale == scale ? b.Unscaled : b.Unscaled * BigInteger.Pow(10, b._scale - scale);
        return (left, right, scale);
    }
}
