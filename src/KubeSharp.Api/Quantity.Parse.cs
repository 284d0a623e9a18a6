using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace KubeSharp.Api;

public readonly partial struct Quantity
{
    /// <summary>The pattern upstream names in its format error; the scanner below is what actually decides.</summary>
    public const string Pattern = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

    /// <summary>Upstream's ErrFormatWrong.</summary>
    public const string ErrFormatWrong = "quantities must match the regular expression '" + Pattern + "'";

    /// <summary>Upstream's ErrNumeric.</summary>
    public const string ErrNumeric = "unable to parse numeric part of quantity";

    /// <summary>Upstream's ErrSuffix.</summary>
    public const string ErrSuffix = "unable to parse quantity's suffix";

    /// <summary>
    /// The largest power of ten a parsed value may reach. Upstream has no bound (inf.Dec grows without limit),
    /// but "1e999999999" would then cost gigabytes the first time it is added or compared; nothing real is
    /// anywhere near 10^1000, so such input is rejected with <see cref="ErrNumeric"/> instead.
    /// </summary>
    private const int MaxExponent = 1000;

    /// <summary>Digits of an int64 that always fit (upstream's maxInt64Factors).</summary>
    private const int MaxInt64Factors = 18;

    private const int Nano = -9;

    /// <summary>Parses a quantity, or throws <see cref="FormatException"/> with upstream's message.</summary>
    public static Quantity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var quantity, out var error) ? quantity : throw new FormatException(error);
    }

    /// <summary>Parses a quantity (upstream's ParseQuantity).</summary>
    public static bool TryParse(string? text, out Quantity quantity) => TryParse(text, out quantity, out _);

    /// <summary>Parses a quantity; on failure <paramref name="error"/> is upstream's message.</summary>
    public static bool TryParse(string? text, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = default;
        if (string.IsNullOrEmpty(text))
        {
            error = ErrFormatWrong;
            return false;
        }

        if (text == "0")
        {
            quantity = new Quantity(0, 0, QuantityFormat.DecimalSI, text);
            error = null;
            return true;
        }

        if (!Scan(text, out var positive, out var num, out var denom, out var suffix))
        {
            error = ErrFormatWrong;
            return false;
        }

        if (!QuantitySuffixes.TryInterpret(suffix, out var numericBase, out var exponent, out var format))
        {
            error = ErrSuffix;
            return false;
        }

        if (numericBase == 10 && exponent - denom.Length > MaxExponent && !IsAllZeros(num, denom))
        {
            error = ErrNumeric;
            return false;
        }

        if (TryParseFast(text, positive, num, denom, exponent, format, out quantity))
        {
            error = null;
            return true;
        }

        return TryParseSlow(num, denom, numericBase, exponent, format, positive, out quantity, out error);
    }

    /// <summary>
    /// Upstream's fast path: the digits fit an int64 and nothing finer than nano is asked for. Only this path
    /// keeps the input text for output, and only when it is already canonical by upstream's test (so "100m"
    /// is written back as given, while "1000m" becomes "1").
    /// </summary>
    private static bool TryParseFast(string text, bool positive, ReadOnlySpan<char> num, ReadOnlySpan<char> denom, int exponent, QuantityFormat format, out Quantity quantity)
    {
        quantity = default;
        int precision;
        var scale = 0;
        long multiplier = 1;
        if (format == QuantityFormat.BinarySI)
        {
            if (denom.Length != 0)
            {
                return false;
            }

            multiplier <<= exponent;
            // 2^10 has about 3 decimal digits, so each 10 binary places cost about 3 digits of int64 room.
            precision = 15 - num.Length - (int)((float)exponent * 3 / 10) - 1;
        }
        else
        {
            scale = exponent;
            precision = MaxInt64Factors - (num.Length + denom.Length);
        }

        if (precision < 0)
        {
            return false;
        }

        scale -= denom.Length;
        if (scale < Nano)
        {
            return false;
        }

        long digits = 0;
        foreach (var c in num)
        {
            digits = (digits * 10) + (c - '0');
        }

        foreach (var c in denom)
        {
            digits = (digits * 10) + (c - '0');
        }

        long result;
        try
        {
            result = checked(digits * multiplier);
        }
        catch (OverflowException)
        {
            return false;
        }

        if (!positive)
        {
            result = -result;
        }

        // Upstream reuses the input as output when it looks canonical: binary with a multiplier that is not a
        // multiple of 8, or decimal with an exponent that is a multiple of 3, no three trailing zeros and no
        // leading zero. This is a heuristic; "+1" and "01" pass it and are written back as given, as upstream.
        string? canonicalText = null;
        if (format == QuantityFormat.BinarySI)
        {
            if (exponent % 10 == 0 && (digits & 0x07) != 0)
            {
                canonicalText = text;
            }
        }
        else if (scale % 3 == 0 && !EndsWithThreeZeros(num, denom) && num[0] != '0')
        {
            canonicalText = text;
        }

        quantity = new Quantity(result, scale, format, canonicalText);
        return true;
    }

    /// <summary>The general path: any size, rounded up to nano, binary values capped at 2^63-1.</summary>
    private static bool TryParseSlow(ReadOnlySpan<char> num, ReadOnlySpan<char> denom, int numericBase, int exponent, QuantityFormat format, bool positive, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = default;
        var digits = string.Concat(num, denom);
        if (!BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var unscaled))
        {
            error = ErrNumeric;
            return false;
        }

        var scale = -denom.Length;
        if (numericBase == 10)
        {
            scale += exponent;
        }
        else
        {
            unscaled <<= exponent;
        }

        // Round a non-zero value finer than nano up to the next nano, away from zero: asking for a tiny amount
        // of a resource should get some of it (upstream's comment on the same rounding).
        if (!unscaled.IsZero && scale < Nano)
        {
            var drop = Nano - scale;
            var digitCount = unscaled.ToString(CultureInfo.InvariantCulture).Length;
            if (drop > digitCount)
            {
                unscaled = BigInteger.One;
            }
            else
            {
                var quotient = BigInteger.DivRem(unscaled, BigInteger.Pow(10, drop), out var remainder);
                unscaled = remainder.IsZero ? quotient : quotient + 1;
            }

            scale = Nano;
        }

        if (format == QuantityFormat.BinarySI)
        {
            // A binary value has no decimal exponent, so here scale is between -9 and 0 and unscaled is the
            // magnitude. Upstream caps it, silently, at 2^63-1 ("8Ei" parses as 2^63-1) ...
            var one = BigInteger.Pow(10, -scale);
            if (unscaled > long.MaxValue * one)
            {
                unscaled = long.MaxValue;
                scale = 0;
            }
            else if (!unscaled.IsZero && unscaled < one)
            {
                // ... and writes a value below 1 as decimal, which avoids rounding it (upstream's comment).
                format = QuantityFormat.DecimalSI;
            }
        }

        if (!positive)
        {
            unscaled = -unscaled;
        }

        quantity = new Quantity(unscaled, scale, format);
        error = null;
        return true;
    }

    private static bool IsAllZeros(ReadOnlySpan<char> num, ReadOnlySpan<char> denom) =>
        !num.ContainsAnyExcept('0') && !denom.ContainsAnyExcept('0');

    private static bool EndsWithThreeZeros(ReadOnlySpan<char> num, ReadOnlySpan<char> denom)
    {
        var zeros = 0;
        for (var i = denom.Length - 1; i >= 0 && zeros < 3; i--)
        {
            if (denom[i] != '0')
            {
                return false;
            }

            zeros++;
        }

        for (var i = num.Length - 1; i >= 0 && zeros < 3; i--)
        {
            if (num[i] != '0')
            {
                return false;
            }

            zeros++;
        }

        return zeros == 3;
    }

    /// <summary>
    /// Upstream's parseQuantityString: optional sign, leading zeros dropped, integer digits, optional "." and
    /// fraction digits, then a suffix of letters from "eEinumkKMGTP" with an optional signed number. Note
    /// that "." and "1." are numbers here, as upstream allows.
    /// </summary>
    private static bool Scan(string text, out bool positive, out ReadOnlySpan<char> num, out ReadOnlySpan<char> denom, out ReadOnlySpan<char> suffix)
    {
        positive = true;
        num = "0";
        denom = default;
        suffix = default;
        var end = text.Length;
        var pos = 0;
        if (text[0] == '-')
        {
            positive = false;
            pos++;
        }
        else if (text[0] == '+')
        {
            pos++;
        }

        while (pos < end && text[pos] == '0')
        {
            pos++;
        }

        if (pos >= end)
        {
            return true;
        }

        var start = pos;
        while (pos < end && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        if (pos > start)
        {
            num = text.AsSpan(start, pos - start);
        }

        if (pos >= end)
        {
            return true;
        }

        if (text[pos] == '.')
        {
            pos++;
            start = pos;
            while (pos < end && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }

            denom = text.AsSpan(start, pos - start);
            if (pos >= end)
            {
                return true;
            }
        }

        var suffixStart = pos;
        while (pos < end && "eEinumkKMGTP".Contains(text[pos], StringComparison.Ordinal))
        {
            pos++;
        }

        if (pos < end && (text[pos] == '-' || text[pos] == '+'))
        {
            pos++;
        }

        while (pos < end && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        suffix = text.AsSpan(suffixStart, end - suffixStart);
        return pos >= end;
    }
}
