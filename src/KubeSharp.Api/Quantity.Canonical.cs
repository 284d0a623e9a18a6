using System.Globalization;
using System.Numerics;

namespace KubeSharp.Api;

public readonly partial struct Quantity
{
    /// <summary>
    /// The canonical form, as upstream's CanonicalizeBytes: no fractional digits, the largest exponent (or
    /// suffix) that loses no precision, a multiple of 3 for decimal forms (<c>0.1</c> → <c>100m</c>,
    /// <c>1.5k</c> → <c>1500</c>, <c>1.5Gi</c> → <c>1536Mi</c>, <c>1e3</c> → <c>1e3</c>), sign only when
    /// negative. A BinarySI value is written as DecimalSI when it is between -1024 and 1024 or not a whole
    /// number; a DecimalSI exponent beyond the suffixes (past E or below n) falls back to "e&lt;n&gt;".
    /// Text that upstream would reuse verbatim (see <see cref="Parse"/>) is returned as given.
    /// </summary>
    public override string ToString()
    {
        if (_text is not null)
        {
            return _text;
        }

        Span<char> buffer = stackalloc char[64];
        return TryFormatCanonical(buffer, out var written) ? new string(buffer[..written]) : FormatCanonicalBig();
    }

    /// <summary>Writes the canonical form into <paramref name="destination"/>; false when it does not fit.</summary>
    public bool TryFormat(Span<char> destination, out int written)
    {
        if (_text is not null)
        {
            written = 0;
            if (!_text.AsSpan().TryCopyTo(destination))
            {
                return false;
            }

            written = _text.Length;
            return true;
        }

        if (TryFormatCanonical(destination, out written))
        {
            return true;
        }

        var text = FormatCanonicalBig();
        written = 0;
        if (!text.AsSpan().TryCopyTo(destination))
        {
            return false;
        }

        written = text.Length;
        return true;
    }

    /// <summary>The format actually used for output, after upstream's BinarySI fallbacks.</summary>
    private QuantityFormat OutputFormat()
    {
        if (Format != QuantityFormat.BinarySI)
        {
            return Format;
        }

        if (CompareToInt64(-1024) > 0 && CompareToInt64(1024) < 0)
        {
            return QuantityFormat.DecimalSI;
        }

        return IsWholeNumber() ? QuantityFormat.BinarySI : QuantityFormat.DecimalSI;
    }

    /// <summary>The long-sized fast path; false when the value needs a big integer or the span is short.</summary>
    private bool TryFormatCanonical(Span<char> destination, out int written)
    {
        written = 0;
        if (IsZero)
        {
            if (destination.IsEmpty)
            {
                return false;
            }

            destination[0] = '0';
            written = 1;
            return true;
        }

        if (_big is not null)
        {
            return false;
        }

        var format = OutputFormat();
        if (format == QuantityFormat.BinarySI)
        {
            if (_scale > 18)
            {
                return false;
            }

            Int128 whole = _small;
            if (_scale >= 0)
            {
                whole *= (long)Pow10(_scale);
            }
            else
            {
                whole /= (long)Pow10(-_scale);
            }

            if (whole > long.MaxValue || whole < long.MinValue)
            {
                return false;
            }

            var power = 0;
            while (power < 6 && whole % 1024 == 0)
            {
                whole /= 1024;
                power++;
            }

            return TryWrite(destination, whole, QuantitySuffixes.BinarySuffix(power), 0, ref written);
        }

        var mantissa = _small;
        var exponent = _scale;
        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        // Lower the exponent to a multiple of three (towards negative infinity), growing the mantissa.
        Int128 wide = mantissa;
        while (exponent % 3 != 0)
        {
            wide *= 10;
            exponent--;
        }

        var suffix = format == QuantityFormat.DecimalSI ? QuantitySuffixes.DecimalSuffix(exponent) : exponent == 0 ? "" : null;
        return TryWrite(destination, wide, suffix, exponent, ref written);
    }

    private static bool TryWrite(Span<char> destination, Int128 number, string? suffix, int exponent, ref int written)
    {
        if (!number.TryFormat(destination, out written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (suffix is not null)
        {
            if (!suffix.AsSpan().TryCopyTo(destination[written..]))
            {
                return false;
            }

            written += suffix.Length;
            return true;
        }

        if (destination.Length - written < 12)
        {
            return false;
        }

        destination[written++] = 'e';
        exponent.TryFormat(destination[written..], out var exponentLength, default, CultureInfo.InvariantCulture);
        written += exponentLength;
        return true;
    }

    /// <summary>The general path of the canonical form, for values that do not fit a long.</summary>
    private string FormatCanonicalBig()
    {
        var format = OutputFormat();
        if (format == QuantityFormat.BinarySI)
        {
            var whole = Unscaled;
            if (_scale >= 0)
            {
                whole *= BigInteger.Pow(10, _scale);
            }
            else
            {
                whole /= BigInteger.Pow(10, -_scale);
            }

            var power = 0;
            while (power < 6 && (whole % 1024).IsZero)
            {
                whole /= 1024;
                power++;
            }

            return whole.ToString(CultureInfo.InvariantCulture) + QuantitySuffixes.BinarySuffix(power);
        }

        var (mantissa, exponent) = StripTrailingZeros(Unscaled, _scale);
        while (exponent % 3 != 0)
        {
            mantissa *= 10;
            exponent--;
        }

        var number = mantissa.ToString(CultureInfo.InvariantCulture);
        var suffix = format == QuantityFormat.DecimalSI ? QuantitySuffixes.DecimalSuffix(exponent) : exponent == 0 ? "" : null;
        return suffix is null ? number + "e" + exponent.ToString(CultureInfo.InvariantCulture) : number + suffix;
    }

    private bool IsWholeNumber()
    {
        if (_scale >= 0)
        {
            return true;
        }

        if (_big is null && -_scale <= 18)
        {
            return _small % (long)Pow10(-_scale) == 0;
        }

        return (Unscaled % BigInteger.Pow(10, -_scale)).IsZero;
    }
}
