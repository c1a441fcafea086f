package org.fullaccounting.api.web.accounts;

import org.fullaccounting.api.application.accounts.AccountView;

import org.fullaccounting.api.application.accounts.Accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** ADMIN only (see SecurityConfig): accounts and their roles. */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Accounts", description = "Accounts, roles and family links (ADMIN)")
public class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    public record NewAccount(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}",
                    message = "3 to 100 letters, digits or . _ @ -") String username,
            @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String password,
            @NotEmpty Set<@NotNull Role> roles) {
    }

    public enum Role { CASEWORKER, FAMILY, AUDITOR, ADMIN, METRICS }

    @PostMapping
    @Operation(summary = "Create an account with roles", description = "The password needs 12 to 200 characters; "
            + "it is stored bcrypt-hashed. A name already taken answers 409 ACCOUNT_EXISTS.")
    public ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount account) {
        AccountView created = accounts.create(account.username(), account.password(),
                account.roles().stream().map(Enum::name).toList());
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(created);
    }

    @GetMapping
    @Operation(summary = "List accounts", description = "Every account with its roles, never a password.")
    public List<AccountView> list() {
        return accounts.list();
    }
}
