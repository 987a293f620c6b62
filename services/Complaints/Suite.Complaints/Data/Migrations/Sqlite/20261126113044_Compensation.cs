using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Compensation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApprovalLimits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    MaxAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalLimits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompensationClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationClaims_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalLimits_TenantId",
                table: "ApprovalLimits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalLimits_TenantId_Role_Currency",
                table: "ApprovalLimits",
                columns: new[] { "TenantId", "Role", "Currency" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompensationClaims_ComplaintId",
                table: "CompensationClaims",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationClaims_TenantId",
                table: "CompensationClaims",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationClaims_TenantId_ComplaintId_ProposedAt",
                table: "CompensationClaims",
                columns: new[] { "TenantId", "ComplaintId", "ProposedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalLimits");

            migrationBuilder.DropTable(
                name: "CompensationClaims");
        }
    }
}
