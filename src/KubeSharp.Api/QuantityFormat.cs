namespace KubeSharp.Api;

/// <summary>
/// How a <see cref="Quantity"/> is written back out, remembered from the suffix it was parsed with
/// (upstream's resource.Format).
/// </summary>
public enum QuantityFormat
{
    /// <summary>Decimal SI suffixes: n u m "" k M G T P E (e.g. <c>12M</c> = 12 × 10^6).</summary>
    DecimalSI,

    /// <summary>Binary SI suffixes: Ki Mi Gi Ti Pi Ei (e.g. <c>12Mi</c> = 12 × 2^20).</summary>
    BinarySI,

    /// <summary>Decimal exponent: <c>12e6</c>.</summary>
    DecimalExponent,
}
