namespace KubeSharp.Api.Batch.V1;

/// <summary>At least one of SucceededIndexes and SucceededCount.</summary>
public sealed class SuccessPolicyRule : KubeModel
{
    /// <summary>Index intervals such as "1,3-5,7".</summary>
    public string? SucceededIndexes { get; set; }

    public int? SucceededCount { get; set; }
}
