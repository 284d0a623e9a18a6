namespace KubeSharp.Api.Tests;

/// <summary>Cases from upstream's resource/quantity_test.go, checked against the same expectations.</summary>
public sealed class QuantityTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.1", "100m")]
    [InlineData("0.5", "500m")]
    [InlineData("1e3", "1e3")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("1000Mi", "1000Mi")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("1000M", "1G")]
    [InlineData("1Ki", "1Ki")]
    [InlineData(".001Ki", "1024m")]
    [InlineData(".000001Ki", "1024u")]
    [InlineData(".000000001Ki", "1024n")]
    [InlineData(".000000000001Ki", "2n")]
    [InlineData("1000E", "1e21")]
    [InlineData("100m", "100m")]
    [InlineData("1000m", "1")]
    [InlineData("1.5k", "1500")]
    public void Parse_Input_WritesUpstreamCanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, Quantity.Parse(input).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.1.M")]
    [InlineData("1+1.0M")]
    [InlineData("aoeu")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    public void Parse_Malformed_FailsWithUpstreamMessage(string input)
    {
        Assert.False(Quantity.TryParse(input, out _, out var error));
        Assert.Equal("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'", error);
    }

    [Theory]
    [InlineData("1Mi", "512Ki", "1536Ki")]
    [InlineData("100m", "900m", "1")]
    [InlineData("0", "1Gi", "1Gi")]
    public void Add_TwoQuantities_IsExact(string x, string y, string expected)
    {
        Assert.Equal(expected, Quantity.Parse(x).Add(Quantity.Parse(y)).ToString());
    }

    [Theory]
    [InlineData("100m", "50m", 1)]
    [InlineData("50m", "100m", -1)]
    [InlineData("10000T", "100Gi", 1)]
    [InlineData("1k", "1000", 0)]
    public void Cmp_TwoQuantities_OrdersByValue(string x, string y, int expected)
    {
        Assert.Equal(expected, Quantity.Parse(x).Cmp(Quantity.Parse(y)));
    }

    [Theory]
    [InlineData("1500m", 2, 1500)]
    [InlineData("-1500m", -2, -1500)]
    [InlineData("1n", 1, 1)]
    [InlineData("1Gi", 1073741824, 1073741824000)]
    public void Value_Fractions_RoundAwayFromZero(string input, long value, long milli)
    {
        var quantity = Quantity.Parse(input);

        Assert.Equal(value, quantity.Value());
        Assert.Equal(milli, quantity.MilliValue());
    }
}
