namespace KubeSharp.Api.Tests;

/// <summary>Upstream's TestQuantityString, TestNewSet, TestMilliNewSet and TestNewScaledSet.</summary>
public sealed class QuantityStringTests
{
    private const QuantityFormat DecimalSI = QuantityFormat.DecimalSI;
    private const QuantityFormat BinarySI = QuantityFormat.BinarySI;
    private const QuantityFormat DecimalExponent = QuantityFormat.DecimalExponent;

    /// <summary>value as unscaled × 10^exponent in a format, its canonical text, and another spelling of it ("" for none).</summary>
    public static TheoryData<long, int, QuantityFormat, string, string> Strings => new()
    {
        { 1024 * 1024 * 1024, 0, BinarySI, "1Gi", "1024Mi" },
        { 300 * 1024 * 1024, 0, BinarySI, "300Mi", "307200Ki" },
        { 6 * 1024, 0, BinarySI, "6Ki", "" },
        { 1001L * 1024 * 1024 * 1024, 0, BinarySI, "1001Gi", "1025024Mi" },
        { 1024L * 1024 * 1024 * 1024, 0, BinarySI, "1Ti", "1024Gi" },
        { 5, 0, BinarySI, "5", "5000m" },
        { 500, -3, BinarySI, "500m", "0.5" },
        { 1, 9, DecimalSI, "1G", "1000M" },
        { 1000, 6, DecimalSI, "1G", "0.001T" },
        { 1000000, 3, DecimalSI, "1G", "" },
        { 1000000000, 0, DecimalSI, "1G", "" },
        { 1, -3, DecimalSI, "1m", "1000u" },
        { 80, -3, DecimalSI, "80m", "" },
        { 1080, -3, DecimalSI, "1080m", "1.08" },
        { 108, -2, DecimalSI, "1080m", "1080000000n" },
        { 10800, -4, DecimalSI, "1080m", "" },
        { 300, 6, DecimalSI, "300M", "" },
        { 1, 12, DecimalSI, "1T", "" },
        { 1, 18, DecimalSI, "1E", "" },
        { 1, 21, DecimalSI, "1e21", "1000E" },
        { 5, 21, DecimalSI, "5e21", "5000E" },
        { 1, 24, DecimalSI, "1e24", "1000000E" },
        { 1234567, 6, DecimalSI, "1234567M", "" },
        { 1234567, -3, BinarySI, "1234567m", "" },
        { 3, 3, DecimalSI, "3k", "" },
        { 1025, 0, BinarySI, "1025", "" },
        { 0, 0, DecimalSI, "0", "" },
        { 0, 0, BinarySI, "0", "" },
        { 1, 9, DecimalExponent, "1e9", ".001e12" },
        { 1, -3, DecimalExponent, "1e-3", "0.001e0" },
        { 1, -9, DecimalExponent, "1e-9", "1000e-12" },
        { 80, -3, DecimalExponent, "80e-3", "" },
        { 300, 6, DecimalExponent, "300e6", "" },
        { 1, 12, DecimalExponent, "1e12", "" },
        { 1, 3, DecimalExponent, "1e3", "" },
        { 3, 3, DecimalExponent, "3e3", "" },
        { 0, 0, DecimalExponent, "0", "00" },
        { 1, -9, DecimalSI, "1n", "" },
        { 80, -9, DecimalSI, "80n", "" },
        { 1080, -9, DecimalSI, "1080n", "" },
        { 108, -8, DecimalSI, "1080n", "" },
        { 10800, -10, DecimalSI, "1080n", "" },
        { 1, -6, DecimalSI, "1u", "" },
        { 80, -6, DecimalSI, "80u", "" },
        { 1080, -6, DecimalSI, "1080u", "" },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void ToString_UpstreamTable_IsCanonical(long unscaled, int exponent, QuantityFormat format, string expected, string alternate)
    {
        var quantity = Quantity.FromScaled(unscaled, exponent).WithFormat(format);

        Assert.Equal(expected, quantity.ToString());
        Assert.Equal(expected, Quantity.Parse(expected).ToString());
        if (alternate.Length > 0)
        {
            Assert.Equal(expected, Quantity.Parse(alternate).ToString());
        }

        if (!quantity.IsZero)
        {
            // Never "-0"; otherwise the same text with a sign.
            Assert.Equal("-" + expected, quantity.Neg().ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void Parse_CanonicalText_KeepsValue(long unscaled, int exponent, QuantityFormat format, string expected, string alternate)
    {
        _ = format;
        _ = alternate;
        var parsed = Quantity.Parse(expected);

        Assert.Equal(0, parsed.Cmp(Quantity.FromScaled(unscaled, exponent)));
    }

    [Theory]
    [InlineData(1, DecimalSI, "1")]
    [InlineData(1000, DecimalSI, "1k")]
    [InlineData(1234000, DecimalSI, "1234k")]
    [InlineData(1024, BinarySI, "1Ki")]
    [InlineData(1000000, DecimalExponent, "1e6")]
    [InlineData(1024 * 1024, BinarySI, "1Mi")]
    public void FromInt64_UpstreamNewSetTable_IsCanonicalAndRoundTrips(long value, QuantityFormat format, string expected)
    {
        var quantity = Quantity.FromInt64(value, format);

        Assert.Equal(expected, quantity.ToString());
        Assert.Equal(value, Quantity.Parse(quantity.ToString()).Value());
    }

    [Theory]
    [InlineData(1, DecimalSI, "1m", true)]
    [InlineData(1000, DecimalSI, "1", true)]
    [InlineData(1234000, DecimalSI, "1234", true)]
    [InlineData(1024, BinarySI, "1024m", false)]
    [InlineData(1000000, DecimalExponent, "1e3", true)]
    [InlineData(1024 * 1024, BinarySI, "1048576m", false)]
    public void FromMilli_UpstreamMilliNewSetTable_IsCanonical(long value, QuantityFormat format, string expected, bool exact)
    {
        var quantity = Quantity.FromMilli(value, format);

        Assert.Equal(expected, quantity.ToString());
        if (exact)
        {
            Assert.Equal(value, Quantity.Parse(quantity.ToString()).MilliValue());
        }
    }

    [Theory]
    [InlineData(1, -9, "1n")]
    [InlineData(1000, -9, "1u")]
    [InlineData(1, -6, "1u")]
    [InlineData(1000, -6, "1m")]
    [InlineData(1, -3, "1m")]
    [InlineData(1000, -3, "1")]
    [InlineData(1, 0, "1")]
    [InlineData(0, -9, "0")]
    [InlineData(0, -6, "0")]
    [InlineData(0, -3, "0")]
    [InlineData(0, 0, "0")]
    [InlineData(1, -12, "1e-12")]
    public void FromScaled_UpstreamNewScaledSetTable_IsCanonicalAndRoundTrips(long value, int scale, string expected)
    {
        var quantity = Quantity.FromScaled(value, scale);

        Assert.Equal(expected, quantity.ToString());
        if (scale >= -9)
        {
            Assert.Equal(value, Quantity.Parse(expected).ScaledValue(scale));
        }
    }

    [Fact]
    public void Default_IsZeroAndWritesZero()
    {
        Quantity quantity = default;

        Assert.True(quantity.IsZero);
        Assert.Equal("0", quantity.ToString());
        Assert.Equal(0, quantity.Value());
        Assert.Equal(0, quantity.MilliValue());
        Assert.Equal(Quantity.Zero, quantity);
    }

    [Fact]
    public void TryFormat_ShortBuffer_ReportsFalse()
    {
        var quantity = Quantity.Parse("1536Mi");

        Assert.False(quantity.TryFormat(new char[3], out _));
        Assert.True(quantity.TryFormat(new char[6], out var written));
        Assert.Equal(6, written);
    }
}
