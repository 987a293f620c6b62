using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Complaints.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BadReviewCallbacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CallbackTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoreCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attempts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallbackTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallbackTasks_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallbackTasks_ComplaintId",
                table: "CallbackTasks",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_CallbackTasks_TenantId",
                table: "CallbackTasks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CallbackTasks_TenantId_AgentId_DueAt",
                table: "CallbackTasks",
                columns: new[] { "TenantId", "AgentId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CallbackTasks_TenantId_ComplaintId",
                table: "CallbackTasks",
                columns: new[] { "TenantId", "ComplaintId" });

            migrationBuilder.CreateIndex(
                name: "IX_CallbackTasks_TenantId_StoreCode_DueAt",
                table: "CallbackTasks",
                columns: new[] { "TenantId", "StoreCode", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallbackTasks");
        }
    }
}
