namespace KubeSharp.Api.AdmissionRegistration.V1;

public static class OperationType
{
    public const string OperationAll = "*";

    public const string Create = "CREATE";

    public const string Update = "UPDATE";

    public const string Delete = "DELETE";

    public const string Connect = "CONNECT";
}
