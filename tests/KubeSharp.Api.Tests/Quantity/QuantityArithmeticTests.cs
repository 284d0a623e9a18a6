namespace KubeSharp.Api.Tests;

/// <summary>Upstream's TestQuantityCmp*, TestAdd, TestSub, TestNeg, TestMul, TestQuantityRoundUp, TestScaledValue.</summary>
public sealed class QuantityArithmeticTests
{
    private const QuantityFormat DecimalSI = QuantityFormat.DecimalSI;
    private const QuantityFormat BinarySI = QuantityFormat.BinarySI;
    private const long MostPositive = long.MaxValue;
    private const long MostNegative = long.MinValue;

    [Theory]
    [InlineData("0", "0", 0)]
    [InlineData("100m", "50m", 1)]
    [InlineData("50m", "100m", -1)]
    [InlineData("10000T", "100Gi", 1)]
    [InlineData("1k", "1000", 0)]
    [InlineData("1Ki", "1024", 0)]
    [InlineData("1e3", "1k", 0)]
    [InlineData("-1", "1m", -1)]
    [InlineData("18446744073709551616", "18446744073709551615", 1)]
    public void Cmp_ParsedPairs_OrderByValue(string x, string y, int expected)
    {
        var a = Quantity.Parse(x);
        var b = Quantity.Parse(y);

        Assert.Equal(expected, a.Cmp(b));
        Assert.Equal(-expected, b.Cmp(a));
        Assert.Equal(expected == 0, a == b);
        if (expected == 0)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }

    [Theory]
    [InlineData(901, -2, 901, -2, 0)]
    [InlineData(90, -1, 901, -2, -1)]
    [InlineData(901, -2, 900, -2, 1)]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(0, 1, 0, -1, 0)]
    [InlineData(0, -1, 0, 1, 0)]
    [InlineData(800, -3, 1, 0, -1)]
    [InlineData(800, -3, 79, -2, 1)]
    [InlineData(MostPositive, 0, 1, -1, 1)]
    [InlineData(MostPositive, 1, 1, 0, 1)]
    [InlineData(MostPositive, 1, 1, 1, 1)]
    [InlineData(MostPositive, 1, 0, 1, 1)]
    [InlineData(MostPositive, -16, 1, 3, -1)]
    [InlineData(MostNegative, 0, 0, 0, -1)]
    [InlineData(MostNegative, -18, -1, 0, -1)]
    [InlineData(MostNegative, -19, -1, 0, 1)]
    [InlineData(1_000_000_000_000_000_000, -17, 1, 1, 0)]
    [InlineData(1_000_000_000_000_000_000, -17, -10, 0, 1)]
    [InlineData(-1_000_000_000_000_000_000, -17, -10, 0, 0)]
    [InlineData(1_000_000_000_000_000_000, -17, 1, 0, 1)]
    [InlineData(1_000_000_000_000_000_001, -17, 1, 1, 1)]
    [InlineData(999_999_999_999_999_999, -17, 1, 1, -1)]
    public void Cmp_UpstreamInt64AndDecTable_IsAntisymmetric(long a, int aScale, long b, int bScale, int expected)
    {
        var x = Quantity.FromScaled(a, aScale);
        var y = Quantity.FromScaled(b, bScale);

        Assert.Equal(expected, x.Cmp(y));
        Assert.Equal(-expected, y.Cmp(x));
    }

    [Theory]
    [InlineData(10, 0, DecimalSI, 1, 1, DecimalSI, "20", DecimalSI)]
    [InlineData(10, 0, DecimalSI, 1, 0, BinarySI, "11", DecimalSI)]
    [InlineData(10, 0, BinarySI, 1, 0, DecimalSI, "11", BinarySI)]
    [InlineData(0, 0, DecimalSI, 50, 0, DecimalSI, "50", DecimalSI)]
    [InlineData(50, 0, DecimalSI, 0, 0, DecimalSI, "50", DecimalSI)]
    [InlineData(0, 0, DecimalSI, 0, 0, DecimalSI, "0", DecimalSI)]
    [InlineData(0, 0, DecimalSI, 1024, 0, BinarySI, "1Ki", BinarySI)]
    [InlineData(MostPositive, 0, DecimalSI, 1, 0, DecimalSI, "9223372036854775808", DecimalSI)]
    [InlineData(1, -9, DecimalSI, 1, 18, DecimalSI, "1000000000000000000000000001n", DecimalSI)]
    public void Add_UpstreamTable_ValueAndFormat(long a, int aScale, QuantityFormat aFormat, long b, int bScale, QuantityFormat bFormat, string expected, QuantityFormat format)
    {
        var sum = Quantity.FromScaled(a, aScale).WithFormat(aFormat).Add(Quantity.FromScaled(b, bScale).WithFormat(bFormat));

        Assert.Equal(0, sum.Cmp(Quantity.Parse(expected)));
        Assert.Equal(format, sum.Format);
        Assert.Equal(expected, sum.ToString());
    }

    [Theory]
    [InlineData(10, 0, DecimalSI, 1, 1, DecimalSI, "0")]
    [InlineData(10, 0, DecimalSI, 1, 0, BinarySI, "9")]
    [InlineData(10, 0, BinarySI, 1, 0, DecimalSI, "9")]
    [InlineData(0, 0, DecimalSI, 50, 0, DecimalSI, "-50")]
    [InlineData(50, 0, DecimalSI, 0, 0, DecimalSI, "50")]
    [InlineData(0, 0, DecimalSI, 0, 0, DecimalSI, "0")]
    [InlineData(0, 0, DecimalSI, MostNegative, 0, DecimalSI, "9223372036854775808")]
    [InlineData(1, 0, DecimalSI, MostNegative, 0, DecimalSI, "9223372036854775809")]
    [InlineData(1, -3, DecimalSI, MostNegative, -3, DecimalSI, "9223372036854775809m")]
    [InlineData(0, 0, DecimalSI, MostNegative, -3, DecimalSI, "9223372036854775808m")]
    [InlineData(1, 1, DecimalSI, MostNegative, 0, DecimalSI, "9223372036854775818")]
    [InlineData(0, 0, DecimalSI, MostNegative, 0, BinarySI, "8Ei")]
    public void Sub_UpstreamTable_IsExact(long a, int aScale, QuantityFormat aFormat, long b, int bScale, QuantityFormat bFormat, string expected)
    {
        var difference = Quantity.FromScaled(a, aScale).WithFormat(aFormat).Sub(Quantity.FromScaled(b, bScale).WithFormat(bFormat));

        Assert.Equal(expected, difference.ToString());
    }

    [Fact]
    public void Sub_MostNegativeFromZero_DoesNotFitInt64()
    {
        var result = Quantity.Zero.Sub(Quantity.FromInt64(MostNegative));

        Assert.False(result.TryGetInt64(out _));
        Assert.Equal(1, result.Sign);
        Assert.Equal(Quantity.Parse("9223372036854775808"), result);
    }

    [Fact]
    public void Neg_MostNegativePlusOne_StaysInt64()
    {
        Assert.True(Quantity.FromInt64(MostNegative + 1).Neg().TryGetInt64(out var value));
        Assert.Equal(MostPositive, value);
    }

    [Theory]
    [InlineData("100m", "0")]
    [InlineData("1Gi", "0")]
    public void Add_ZeroEitherSide_KeepsSuffix(string text, string zero)
    {
        var value = Quantity.Parse(text);
        var nothing = Quantity.Parse(zero);

        Assert.Equal(text, value.Add(nothing).ToString());
        Assert.Equal(text, nothing.Add(value).ToString());
        Assert.Equal(text, value.Sub(nothing).ToString());
        Assert.Equal(value.Neg().ToString(), nothing.Sub(value).ToString());
    }

    [Theory]
    [InlineData("1Mi", "512Ki", "1536Ki")]
    [InlineData("100m", "900m", "1")]
    [InlineData("1.5", "500m", "2")]
    [InlineData("1G", "1Gi", "2073741824")]
    [InlineData("1Gi", "1G", "2073741824")]
    public void Add_ParsedPairs_WriteCanonicalSum(string x, string y, string expected)
    {
        Assert.Equal(expected, (Quantity.Parse(x) + Quantity.Parse(y)).ToString());
    }

    [Theory]
    [InlineData(901, -2, "-9010m")]
    [InlineData(10, 0, "-10")]
    [InlineData(-10, 0, "10")]
    [InlineData(0, 0, "0")]
    public void Neg_Values_Negate(long value, int scale, string expected)
    {
        var quantity = Quantity.FromScaled(value, scale);

        Assert.Equal(expected, quantity.Neg().ToString());
        Assert.Equal(quantity, quantity.Neg().Neg());
    }

    [Theory]
    [InlineData(10, 10, "100")]
    [InlineData(10, 1, "10")]
    [InlineData(0, 50, "0")]
    [InlineData(50, 0, "0")]
    [InlineData(10, -10, "-100")]
    [InlineData(-50, -50, "2500")]
    [InlineData(MostPositive, 0, "0")]
    [InlineData(MostPositive, 1, "9223372036854775807")]
    [InlineData(MostPositive, -1, "-9223372036854775807")]
    [InlineData(MostPositive, 2, "18446744073709551614")]
    [InlineData(MostPositive, 10, "92233720368547758070")]
    [InlineData(MostNegative, -1, "9223372036854775808")]
    [InlineData(MostNegative, 2, "-18446744073709551616")]
    [InlineData(MostNegative, -10, "92233720368547758080")]
    public void Mul_UpstreamTable_IsExact(long value, long factor, string expected)
    {
        Assert.Equal(0, Quantity.FromInt64(value).Mul(factor).Cmp(Quantity.Parse(expected)));
    }

    [Theory]
    [InlineData("9.01", -3, 901, -2, true)]
    [InlineData("9.01", -2, 901, -2, true)]
    [InlineData("9.01", -1, 91, -1, false)]
    [InlineData("9.01", 0, 10, 0, false)]
    [InlineData("9.01", 1, 10, 0, false)]
    [InlineData("9.01", 2, 100, 0, false)]
    [InlineData("-9.01", -3, -901, -2, true)]
    [InlineData("-9.01", -2, -901, -2, true)]
    [InlineData("-9.01", -1, -91, -1, false)]
    [InlineData("-9.01", 0, -10, 0, false)]
    [InlineData("-9.01", 1, -10, 0, false)]
    [InlineData("-9.01", 2, -100, 0, false)]
    public void RoundUp_UpstreamTable_RoundsAwayFromZero(string input, int scale, long value, int valueScale, bool exact)
    {
        var rounded = Quantity.Parse(input).RoundUp(scale, out var wasExact);

        Assert.Equal(exact, wasExact);
        Assert.Equal(0, rounded.Cmp(Quantity.FromScaled(value, valueScale)));
    }

    [Theory]
    [InlineData(-9, -9, 1)]
    [InlineData(-9, -6, 1)]
    [InlineData(-9, -3, 1)]
    [InlineData(-9, 0, 1)]
    [InlineData(-6, -9, 1000)]
    [InlineData(-6, -6, 1)]
    [InlineData(-6, -3, 1)]
    [InlineData(-6, 0, 1)]
    [InlineData(-3, -9, 1000 * 1000)]
    [InlineData(-3, -6, 1000)]
    [InlineData(-3, -3, 1)]
    [InlineData(-3, 0, 1)]
    [InlineData(0, -9, 1000 * 1000 * 1000)]
    [InlineData(0, -6, 1000 * 1000)]
    [InlineData(0, -3, 1000)]
    [InlineData(0, 0, 1)]
    [InlineData(2, -2, 100 * 100)]
    public void ScaledValue_UpstreamTable_RoundsUp(int fromScale, int toScale, long expected)
    {
        Assert.Equal(expected, Quantity.FromScaled(1, fromScale).ScaledValue(toScale));
    }

    [Theory]
    [InlineData("1500m", 2, 1500)]
    [InlineData("-1500m", -2, -1500)]
    [InlineData("1n", 1, 1)]
    [InlineData("-1n", -1, -1)]
    [InlineData("1Gi", 1073741824, 1073741824000)]
    [InlineData("100.5", 101, 100500)]
    [InlineData("18446744073709551616.5", 1, 5000)]
    public void Value_Fractions_RoundAwayFromZero(string input, long value, long milli)
    {
        var quantity = Quantity.Parse(input);

        if (quantity.CompareToInt64(long.MaxValue) <= 0)
        {
            Assert.Equal(value, quantity.Value());
            Assert.Equal(milli, quantity.MilliValue());
        }
        else
        {
            // Beyond a long, upstream's result is undefined; it must at least not throw.
            _ = quantity.Value();
            _ = quantity.MilliValue();
        }
    }

    [Theory]
    [InlineData(-10)]
    [InlineData(-3)]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    public void AddThenSub_ManyRandomValues_CancelsExactly(int scale)
    {
        var random = new Random(scale + 1000);
        var sum = Quantity.Zero;
        var values = new List<long>();
        for (var i = 0; i < 100; i++)
        {
            var value = random.NextInt64(long.MaxValue);
            values.Add(value);
            sum += Quantity.FromScaled(value, scale);
        }

        foreach (var value in values)
        {
            sum -= Quantity.FromScaled(value, scale);
        }

        Assert.True(sum.IsZero, sum.ToString());
    }

    [Fact]
    public void AddThenSub_AcrossScales_CancelsExactly()
    {
        var random = new Random(42);
        var sum = Quantity.Zero;
        var values = new List<long>();
        for (var i = 0; i < 100; i++)
        {
            var value = random.NextInt64(long.MaxValue);
            values.Add(value);
            sum += Quantity.FromScaled(value, (int)(value % 20) - 10);
        }

        foreach (var value in values)
        {
            sum -= Quantity.FromScaled(value, (int)(value % 20) - 10);
        }

        Assert.True(sum.IsZero, sum.ToString());
    }

    [Theory]
    [InlineData("2Ki", 2048)]
    [InlineData("1.1Ki", 1126.4)]
    [InlineData("1Mi", 1.048576e+06)]
    [InlineData("2Gi", 2.147483648e+09)]
    [InlineData("12E", 1.2e19)]
    public void AsApproximateDouble_UpstreamTable(string input, double expected)
    {
        Assert.Equal(expected, Quantity.Parse(input).AsApproximateDouble());
    }

    [Theory]
    [InlineData("1", true, 1)]
    [InlineData("1k", true, 1000)]
    [InlineData("1500m", false, 0)]
    [InlineData("9E", true, 9_000_000_000_000_000_000)]
    [InlineData("10E", false, 0)]
    [InlineData("-9223372036854775808", true, long.MinValue)]
    public void TryGetInt64_Values_ExactOnly(string input, bool ok, long expected)
    {
        Assert.Equal(ok, Quantity.Parse(input).TryGetInt64(out var value));
        Assert.Equal(expected, value);
    }
}
