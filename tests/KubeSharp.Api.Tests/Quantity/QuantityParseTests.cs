namespace KubeSharp.Api.Tests;

/// <summary>Upstream's TestQuantityParse, TestQuantityParseEmit and invalid inputs (resource/quantity_test.go).</summary>
public sealed class QuantityParseTests
{
    private const QuantityFormat DecimalSI = QuantityFormat.DecimalSI;
    private const QuantityFormat BinarySI = QuantityFormat.BinarySI;
    private const QuantityFormat DecimalExponent = QuantityFormat.DecimalExponent;

    /// <summary>input, expected value as unscaled × 10^exponent, expected format.</summary>
    public static TheoryData<string, long, int, QuantityFormat> Parsed => new()
    {
        { "0", 0, 0, DecimalSI },
        { "0n", 0, 0, DecimalSI },
        { "0u", 0, 0, DecimalSI },
        { "0m", 0, 0, DecimalSI },
        { "0Ki", 0, 0, BinarySI },
        { "0k", 0, 0, DecimalSI },
        { "0Mi", 0, 0, BinarySI },
        { "0M", 0, 0, DecimalSI },
        { "0Gi", 0, 0, BinarySI },
        { "0G", 0, 0, DecimalSI },
        { "0Ti", 0, 0, BinarySI },
        { "0T", 0, 0, DecimalSI },
        { "1", 1, 0, DecimalSI },
        { "1Ki", 1024, 0, BinarySI },
        { "8Ki", 8 * 1024, 0, BinarySI },
        { "7Mi", 7 * 1024 * 1024, 0, BinarySI },
        { "6Gi", 6L * 1024 * 1024 * 1024, 0, BinarySI },
        { "5Ti", 5L * 1024 * 1024 * 1024 * 1024, 0, BinarySI },
        { "4Pi", 4L * 1024 * 1024 * 1024 * 1024 * 1024, 0, BinarySI },
        { "3Ei", 3L * 1024 * 1024 * 1024 * 1024 * 1024 * 1024, 0, BinarySI },
        { "10Ti", 10L * 1024 * 1024 * 1024 * 1024, 0, BinarySI },
        { "100Ti", 100L * 1024 * 1024 * 1024 * 1024, 0, BinarySI },
        { "5n", 5, -9, DecimalSI },
        { "4u", 4, -6, DecimalSI },
        { "3m", 3, -3, DecimalSI },
        { "9", 9, 0, DecimalSI },
        { "8k", 8, 3, DecimalSI },
        { "50k", 5, 4, DecimalSI },
        { "7M", 7, 6, DecimalSI },
        { "6G", 6, 9, DecimalSI },
        { "5T", 5, 12, DecimalSI },
        { "40T", 4, 13, DecimalSI },
        { "300T", 3, 14, DecimalSI },
        { "2P", 2, 15, DecimalSI },
        { "1E", 1, 18, DecimalSI },
        { "1E-3", 1, -3, DecimalExponent },
        { "1e3", 1, 3, DecimalExponent },
        { "1E6", 1, 6, DecimalExponent },
        { "1e9", 1, 9, DecimalExponent },
        { "1E12", 1, 12, DecimalExponent },
        { "1e15", 1, 15, DecimalExponent },
        { "1E18", 1, 18, DecimalExponent },
        { "1e14", 1, 14, DecimalExponent },
        { "1e13", 1, 13, DecimalExponent },
        { "100.035k", 100035, 0, DecimalSI },
        { "0.001", 1, -3, DecimalSI },
        { "0.0005k", 5, -1, DecimalSI },
        { "0.005", 5, -3, DecimalSI },
        { "0.05", 5, -2, DecimalSI },
        { "0.5", 5, -1, DecimalSI },
        { "0.00050k", 5, -1, DecimalSI },
        { "0.00500", 5, -3, DecimalSI },
        { "0.05000", 5, -2, DecimalSI },
        { "0.50000", 5, -1, DecimalSI },
        { "0.5e0", 5, -1, DecimalExponent },
        { "0.5e-1", 5, -2, DecimalExponent },
        { "0.5e-2", 5, -3, DecimalExponent },
        { "10.035M", 10035, 3, DecimalSI },
        { "1.2e3", 12, 2, DecimalExponent },
        { "1.3E+6", 13, 5, DecimalExponent },
        { "1.40e9", 14, 8, DecimalExponent },
        { "1.53E12", 153, 10, DecimalExponent },
        { "1.6e15", 16, 14, DecimalExponent },
        { "1.7E18", 17, 17, DecimalExponent },
        { "9.01", 901, -2, DecimalSI },
        { "8.1k", 81, 2, DecimalSI },
        { "7.123456M", 7123456, 0, DecimalSI },
        { "6.987654321G", 6987654321, 0, DecimalSI },
        { "5.444T", 5444, 9, DecimalSI },
        { "40.1T", 401, 11, DecimalSI },
        { "300.2T", 3002, 11, DecimalSI },
        { "2.5P", 25, 14, DecimalSI },
        { "1.01E", 101, 16, DecimalSI },
        // Values finer than nano round up, away from zero; binary values cap at 2^63-1.
        { "3.001n", 4, -9, DecimalSI },
        { "1.1E-9", 2, -9, DecimalExponent },
        { "0.0000000001", 1, -9, DecimalSI },
        { "0.0000000005", 1, -9, DecimalSI },
        { "0.00000000050", 1, -9, DecimalSI },
        { "0.5e-9", 1, -9, DecimalExponent },
        { "0.9n", 1, -9, DecimalSI },
        { "0.00000012345", 124, -9, DecimalSI },
        { "0.00000012354", 124, -9, DecimalSI },
        { "9Ei", long.MaxValue, 0, BinarySI },
        { "9223372036854775807Ki", long.MaxValue, 0, BinarySI },
        { "12E", 12, 18, DecimalSI },
        // Fractional binary values.
        { "100.035Ki", 10243584, -2, BinarySI },
        { "0.5Mi", 512 * 1024, 0, BinarySI },
        { "0.05Gi", 536870912, -1, BinarySI },
        { "0.025Ti", 274877906944, -1, BinarySI },
        // "Things written by trolls", as upstream's table calls them.
        { "0.000000000001Ki", 2, -9, DecimalSI },
        { ".001", 1, -3, DecimalSI },
        { ".0001k", 100, -3, DecimalSI },
        { "1.", 1, 0, DecimalSI },
        { "1.G", 1, 9, DecimalSI },
    };

    [Theory]
    [MemberData(nameof(Parsed))]
    public void Parse_UpstreamTable_ValueAndFormatAgree(string input, long unscaled, int exponent, QuantityFormat format)
    {
        var expected = Quantity.FromScaled(unscaled, exponent);

        var got = Quantity.Parse(input);

        Assert.Equal(0, got.Cmp(expected));
        Assert.Equal(format, got.Format);
    }

    [Theory]
    [MemberData(nameof(Parsed))]
    public void Parse_NegatedInput_IsNegatedValueSameFormat(string input, long unscaled, int exponent, QuantityFormat format)
    {
        var expected = Quantity.FromScaled(unscaled, exponent).Neg();

        var got = Quantity.Parse("-" + input);

        Assert.Equal(0, got.Cmp(expected));
        Assert.Equal(format, got.Format);
    }

    [Theory]
    [MemberData(nameof(Parsed))]
    public void Parse_ExplicitPlus_IsSameValueAndFormat(string input, long unscaled, int exponent, QuantityFormat format)
    {
        var got = Quantity.Parse("+" + input);

        Assert.Equal(0, got.Cmp(Quantity.FromScaled(unscaled, exponent)));
        Assert.Equal(format, got.Format);
    }

    [Theory]
    [InlineData("1.1.M")]
    [InlineData("1+1.0M")]
    [InlineData("0.1mi")]
    [InlineData("0.1am")]
    [InlineData("aoeu")]
    [InlineData(".5i")]
    [InlineData("1i")]
    [InlineData("-3.01i")]
    [InlineData("-3.01e-")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("")]
    [InlineData("Non-Numeric")]
    public void TryParse_Invalid_Fails(string input)
    {
        Assert.False(Quantity.TryParse(input, out _));
        Assert.Throws<FormatException>(() => Quantity.Parse(input));
    }

    [Theory]
    [InlineData("1.1.M", Quantity.ErrFormatWrong)]
    [InlineData("aoeu", Quantity.ErrFormatWrong)]
    [InlineData("", Quantity.ErrFormatWrong)]
    [InlineData("0.1mi", Quantity.ErrSuffix)]
    [InlineData("1i", Quantity.ErrSuffix)]
    [InlineData("1kM", Quantity.ErrSuffix)]
    [InlineData("1e99999999999", Quantity.ErrSuffix)]
    [InlineData("1e1001", Quantity.ErrNumeric)]
    public void TryParse_Invalid_ReportsUpstreamError(string input, string error)
    {
        Assert.False(Quantity.TryParse(input, out _, out var message));
        Assert.Equal(error, message);
    }

    [Fact]
    public void ErrFormatWrong_IsUpstreamText()
    {
        Assert.Equal("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'", Quantity.ErrFormatWrong);
    }

    [Theory]
    [InlineData("1Ki", "1Ki")]
    [InlineData("1Mi", "1Mi")]
    [InlineData("1Gi", "1Gi")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("1000M", "1G")]
    [InlineData(".001Ki", "1024m")]
    [InlineData(".000001Ki", "1024u")]
    [InlineData(".000000001Ki", "1024n")]
    [InlineData(".000000000001Ki", "2n")]
    public void Parse_UpstreamParseEmitTable_WritesCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, Quantity.Parse(input).ToString());
        Assert.Equal("-" + expected, Quantity.Parse("-" + input).ToString());
    }

    [Theory]
    [InlineData("0.1", "100m")]
    [InlineData("0.5", "500m")]
    [InlineData("1.5", "1500m")]
    [InlineData("1.5k", "1500")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("1000Mi", "1000Mi")]
    [InlineData("2048Mi", "2Gi")]
    [InlineData("1000m", "1")]
    [InlineData("100m", "100m")]
    [InlineData("1e3", "1e3")]
    [InlineData("10e3", "10e3")]
    [InlineData("1.5e3", "1500")]
    [InlineData("1000E", "1e21")]
    [InlineData("1e-12", "1e-9")]
    [InlineData("0.0001Ki", "102400u")]
    [InlineData("-0", "0")]
    [InlineData("000", "0")]
    [InlineData(".", "0")]
    // Upstream reuses input that passes its canonical-looking test verbatim, even with a sign or leading zero.
    [InlineData("+1", "+1")]
    [InlineData("01", "01")]
    [InlineData("8Ki", "8Ki")]
    [InlineData("1025Ki", "1025Ki")]
    [InlineData("1024Ki", "1Mi")]
    [InlineData("18446744073709551616", "18446744073709551616")]
    [InlineData("1.2345", "1234500u")]
    [InlineData("8Ei", "9223372036854775807")]
    public void Parse_CommonInputs_WriteUpstreamCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, Quantity.Parse(input).ToString());
    }
}
