using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkflowSeverityAndSla : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Changes",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Major",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MajorReasons",
                table: "Complaints",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ResolutionNote",
                table: "Complaints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolutionOutcome",
                table: "Complaints",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolutionRootCause",
                table: "Complaints",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ResolutionUpheldAgainstAgent",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ResolvedAt",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedBy",
                table: "Complaints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeverityOverrideReason",
                table: "Complaints",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // Complaints filed before versions existed share one non-empty version, so a caller can name
            // it as the version their first change is based on; that change gives the complaint its own.
            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Complaints",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000001"));

            migrationBuilder.CreateTable(
                name: "ComplaintAuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintAuditEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintAuditEntries_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SlaPolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StoreCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FirstResponseMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    NextUpdateMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoreCalendars",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoreCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Holidays = table.Column<string>(type: "TEXT", nullable: false),
                    WeeklyHours = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoreCalendars", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TenantId_Platform_CustomerReference_FiledAt",
                table: "Complaints",
                columns: new[] { "TenantId", "Platform", "CustomerReference", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintAuditEntries_ComplaintId",
                table: "ComplaintAuditEntries",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintAuditEntries_TenantId",
                table: "ComplaintAuditEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintAuditEntries_TenantId_ComplaintId_Sequence",
                table: "ComplaintAuditEntries",
                columns: new[] { "TenantId", "ComplaintId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_SlaPolicies_TenantId",
                table: "SlaPolicies",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaPolicies_TenantId_Rank",
                table: "SlaPolicies",
                columns: new[] { "TenantId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoreCalendars_TenantId",
                table: "StoreCalendars",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_StoreCalendars_TenantId_StoreCode",
                table: "StoreCalendars",
                columns: new[] { "TenantId", "StoreCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintAuditEntries");

            migrationBuilder.DropTable(
                name: "SlaPolicies");

            migrationBuilder.DropTable(
                name: "StoreCalendars");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_TenantId_Platform_CustomerReference_FiledAt",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Changes",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Major",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "MajorReasons",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ResolutionNote",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ResolutionOutcome",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ResolutionRootCause",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ResolutionUpheldAgainstAgent",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ResolvedAt",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ResolvedBy",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "SeverityOverrideReason",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Complaints");
        }
    }
}
