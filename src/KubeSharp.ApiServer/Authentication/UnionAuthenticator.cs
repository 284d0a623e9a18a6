using Microsoft.AspNetCore.Http;

namespace KubeSharp.ApiServer.Authentication;

/// <summary>
/// Tries each authenticator in turn (upstream's union authenticator): the first user found wins; when none
/// finds a user, any invalid credentials make the request fail rather than fall back to anonymous.
/// </summary>
public sealed class UnionAuthenticator(IReadOnlyList<IAuthenticator> authenticators) : IAuthenticator
{
    public AuthenticationResult Authenticate(HttpContext context)
    {
        string? error = null;
        foreach (var authenticator in authenticators)
        {
            var result = authenticator.Authenticate(context);
            if (result.Succeeded)
            {
                return AuthenticationResult.Success(result.User!.WithAuthenticatedGroup());
            }

            error ??= result.Error;
        }

        return error is null ? AuthenticationResult.NoCredentials : AuthenticationResult.Failure(error);
    }
}
