namespace KubeSharp.Api.Batch.V1;

public static class ConcurrencyPolicy
{
    public const string Allow = "Allow";

    public const string Forbid = "Forbid";

    public const string Replace = "Replace";
}
