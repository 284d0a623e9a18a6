namespace KubeSharp.Api;

/// <summary>
/// The suffix tables of upstream's resource/suffix.go: which suffix means which power of 10 or 2, and
/// which suffix writes a canonical exponent back out.
/// </summary>
internal static class QuantitySuffixes
{
    /// <summary>Reads a suffix; false when it is none of the known forms.</summary>
    public static bool TryInterpret(ReadOnlySpan<char> suffix, out int numericBase, out int exponent, out QuantityFormat format)
    {
        numericBase = 10;
        format = QuantityFormat.DecimalSI;
        exponent = 0;
        switch (suffix)
        {
            case "":
                return true;
            case "n":
                exponent = -9;
                return true;
            case "u":
                exponent = -6;
                return true;
            case "m":
                exponent = -3;
                return true;
            case "k":
                exponent = 3;
                return true;
            case "M":
                exponent = 6;
                return true;
            case "G":
                exponent = 9;
                return true;
            case "T":
                exponent = 12;
                return true;
            case "P":
                exponent = 15;
                return true;
            case "E":
                exponent = 18;
                return true;
        }

        if (suffix.Length == 2 && suffix[1] == 'i')
        {
            var binary = suffix[0] switch
            {
                'K' => 10,
                'M' => 20,
                'G' => 30,
                'T' => 40,
                'P' => 50,
                'E' => 60,
                _ => -1,
            };
            if (binary > 0)
            {
                numericBase = 2;
                exponent = binary;
                format = QuantityFormat.BinarySI;
                return true;
            }

            return false;
        }

        // "e3", "E-6", "e+2": a decimal exponent. Upstream parses it as an int64; we also require it to fit an
        // int, which Quantity.Parse then bounds much more tightly.
        if (suffix.Length > 1 && (suffix[0] == 'e' || suffix[0] == 'E')
            && int.TryParse(suffix[1..], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out exponent))
        {
            format = QuantityFormat.DecimalExponent;
            return true;
        }

        exponent = 0;
        return false;
    }

    /// <summary>The decimal SI suffix for a power of ten, or null when there is none (upstream then writes "e&lt;n&gt;").</summary>
    public static string? DecimalSuffix(int exponent) => exponent switch
    {
        -9 => "n",
        -6 => "u",
        -3 => "m",
        0 => "",
        3 => "k",
        6 => "M",
        9 => "G",
        12 => "T",
        15 => "P",
        18 => "E",
        _ => null,
    };

    /// <summary>The binary SI suffix for a power of 1024 (0 to 6).</summary>
    public static string BinarySuffix(int power) => power switch
    {
        0 => "",
        1 => "Ki",
        2 => "Mi",
        3 => "Gi",
        4 => "Ti",
        5 => "Pi",
        6 => "Ei",
        _ => throw new ArgumentOutOfRangeException(nameof(power)),
    };
}
