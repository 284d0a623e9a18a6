using System.Globalization;
using System.Text;

namespace KubeSharp.Api.Serialization;

/// <summary>
/// Go's strconv.FormatFloat(f, 'g', -1, 64), which go-yaml uses for floats: the shortest digits that read
/// back as the same double, in exponent form ("1e+06", "1.5e-05") when the exponent is below -4 or 6 or more.
/// </summary>
internal static class GoFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0" : "0";
        }

        // "R" gives the shortest round-tripping digits; take them apart into digits and a decimal exponent.
        var (digits, point) = Decompose(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture));
        var exponent = point - 1;
        var builder = new StringBuilder();
        if (value < 0)
        {
            builder.Append('-');
        }

        // For the shortest form Go's 'g' switches to %e when the exponent is < -4 or >= 6.
        if (exponent < -4 || exponent >= 6)
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            builder.Append('e').Append(exponent < 0 ? '-' : '+');
            var magnitude = Math.Abs(exponent);
            if (magnitude < 10)
            {
                builder.Append('0');
            }

            builder.Append(magnitude.ToString(CultureInfo.InvariantCulture));
            return builder.ToString();
        }

        if (point <= 0)
        {
            builder.Append("0.").Append('0', -point).Append(digits);
        }
        else if (point >= digits.Length)
        {
            builder.Append(digits).Append('0', point - digits.Length);
        }
        else
        {
            builder.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }

        return builder.ToString();
    }

    /// <summary>Splits "1.25E+22" or "0.001" into significant digits ("125") and the decimal point position.</summary>
    private static (string Digits, int Point) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? "" : text[(dot + 1)..];
        var all = integer + fraction;
        var point = integer.Length + exponent;
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        all = all[leading..];
        point -= leading;
        return (all.TrimEnd('0') is { Length: > 0 } trimmed ? trimmed : "0", point);
    }
}
