namespace KubeSharp.Api.Batch.V1;

public static class CompletionMode
{
    public const string NonIndexed = "NonIndexed";

    public const string Indexed = "Indexed";
}
