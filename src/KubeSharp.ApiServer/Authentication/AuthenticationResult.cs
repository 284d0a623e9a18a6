namespace KubeSharp.ApiServer.Authentication;

/// <summary>
/// The outcome of one authenticator: a user, no credentials of this kind (try the next authenticator),
/// or credentials that were presented but are invalid (the request gets 401).
/// </summary>
public readonly record struct AuthenticationResult(UserInfo? User, string? Error)
{
    public static readonly AuthenticationResult NoCredentials;

    public static AuthenticationResult Success(UserInfo user) => new(user, null);

    public static AuthenticationResult Failure(string error) => new(null, error);

    public bool Succeeded => User is not null;

    public bool Failed => Error is not null;
}
