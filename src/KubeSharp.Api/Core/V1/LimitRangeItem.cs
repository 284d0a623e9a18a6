namespace KubeSharp.Api.Core.V1;

/// <summary>Minimums, maximums and defaults for one kind of object.</summary>
public sealed class LimitRangeItem : KubeModel
{
    /// <summary>One of <see cref="LimitType"/>.</summary>
    public string Type { get; set; } = "";

    public Dictionary<string, Quantity>? Max { get; set; }

    public Dictionary<string, Quantity>? Min { get; set; }

    /// <summary>The limit given to containers that set none.</summary>
    public Dictionary<string, Quantity>? Default { get; set; }

    /// <summary>The request given to containers that set none.</summary>
    public Dictionary<string, Quantity>? DefaultRequest { get; set; }

    public Dictionary<string, Quantity>? MaxLimitRequestRatio { get; set; }
}
